// The sidebar page's entry: built into dist/Sidebar.html with its CSS inlined.
import { render } from "preact";
import { App } from "./app";
import "./styles.css";

const root = document.getElementById("app");
if (root) render(<App />, root);
