// ../react-router/src/pages/docs.ts
var DOCS = [
	{
		slug: "getting-started",
		title: "Getting started",
		body: ["Install the CLI, run `acme login`, then `acme deploy` in your project folder.", "Your app is live at a preview URL within seconds."]
	},
	{
		slug: "deploys",
		title: "Deploys",
		body: ["Every push to your main branch deploys. Pull requests get their own preview.", "Roll back with `acme rollback`."]
	},
	{
		slug: "domains",
		title: "Custom domains",
		body: ["Add a domain with `acme domains add example.com`.", "Certificates are issued and renewed automatically."]
	}
];
export { DOCS as t };
