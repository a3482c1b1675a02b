export default function Second() {
  return <h1 data-testid="page">second</h1>;
}
