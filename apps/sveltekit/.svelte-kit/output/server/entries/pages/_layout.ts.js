// src/routes/+layout.ts
var prerender = true;
var trailingSlash = "always";
export { prerender, trailingSlash };
