import { t as DOCS } from "../../../../chunks/docs.js";
import { error } from "@sveltejs/kit";
// src/routes/docs/[slug]/+page.ts
var entries = () => DOCS.map((doc) => ({ slug: doc.slug }));
var load = ({ params }) => {
	const doc = DOCS.find((d) => d.slug == params.slug);
	if (!doc) error(404, "No such page");
	return { doc };
};
export { entries, load };
