/** webpack loads .css files as their text (asset/source); the pane injects it into a <style> element. */
declare module "*.css" {
  const text: string;
  export default text;
}
