// CSS imported for its side effect: esbuild bundles it, the build inlines it in the page.
declare module "*.css";
