export const manifest = (() => {
function __memo(fn) {
	let value;
	return () => value ??= (value = fn());
}

return {
	appDir: "_app",
	appPath: "_app",
	assets: new Set([]),
	mimeTypes: {},
	_: {
		client: {start:"_app/immutable/entry/start.FCwu4LTZ.js",app:"_app/immutable/entry/app.DBl5wNuL.js",imports:["_app/immutable/entry/start.FCwu4LTZ.js","_app/immutable/chunks/DIc0090V.js","_app/immutable/chunks/CjHQMo6b.js","_app/immutable/chunks/Dt-HX3Vu.js","_app/immutable/entry/app.DBl5wNuL.js","_app/immutable/chunks/CjHQMo6b.js","_app/immutable/chunks/DBaiLdF3.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js')),
			__memo(() => import('./nodes/1.js'))
		],
		remotes: {
			
		},
		routes: [
			
		],
		prerendered_routes: new Set(["/","/pricing/","/docs/","/checkout/","/account/","/docs/getting-started/","/docs/deploys/","/docs/domains/"]),
		matchers: async () => {
			
			return {  };
		},
		server_assets: {}
	}
}
})();
