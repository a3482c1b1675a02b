// The example's server side is the React Router example's, the same module: identity signatures
// and verified web hooks with @crispkit/server. The dev-server plugin loads it from this path.
export * from '../../react-router/server/api';
