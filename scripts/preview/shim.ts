// What the preview injects into a served page (the sidebar, a dialog) in place of Apps Script's own client:
// google.script.run (withSuccessHandler / withFailureHandler / withUserObject, any server function name)
// POSTs to the preview server, which runs the bundle's function; google.script.host.close() asks the page
// around it to close the dialog.

const SHIM = `(function (TOKEN) {
  function notify(type) { try { window.parent.postMessage({ source: "seriktes-preview", type: type }, "*"); } catch (e) {} }
  function runner(success, failure, user) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (typeof name !== "string") return undefined;
        if (name === "withSuccessHandler") return function (f) { return runner(f, failure, user); };
        if (name === "withFailureHandler") return function (f) { return runner(success, f, user); };
        if (name === "withUserObject") return function (u) { return runner(success, failure, u); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var headers = { "Content-Type": "application/json" };
          if (TOKEN) headers["X-Seriktes-Token"] = TOKEN;
          fetch("/run", { method: "POST", headers: headers,
            body: JSON.stringify({ name: name, args: args === undefined ? [] : args }) })
            .then(function (r) { return r.json(); })
            .then(function (res) {
              if (res.ok) { if (success) success(res.value, user); }
              else { var e = new Error(res.error.message); if (failure) failure(e, user); else console.error(e); }
              notify("changed");
            }, function (err) { if (failure) failure(new Error(String(err)), user); });
        };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      close: function () { notify("close"); },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () {} },
      origin: location.origin
    },
    url: { getLocation: function (cb) { cb({ hash: "", parameter: {}, parameters: {} }); } }
  };
})`;

/** The page with the google.script shim as the first script of its head (`token`: the preview's secret). */
export function withShim(html: string, token = ""): string {
  const tag = `<script>${SHIM}(${JSON.stringify(token).replace(/</g, "\\u003c")});</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
