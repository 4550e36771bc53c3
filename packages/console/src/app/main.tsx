import { render } from "preact";
import { createApi } from "./api.js";
import { App } from "./app.js";

const root = document.getElementById("app");
if (root === null) throw new Error("index.html has no #app element");
root.textContent = "";
render(<App api={createApi(location.origin)} />, root);
