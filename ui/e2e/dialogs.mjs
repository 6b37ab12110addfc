// The native file dialogs, answered as a person would answer them: the dialog plugin's IPC call
// is answered with the path they would pick; the button's own code runs unchanged.

/** Answers the next native dialogs of the window `b`, in order, with these paths (null = cancel). */
export const answerDialogs = (b, ...answers) =>
  b.execute((queued) => {
    window.__dialogAnswers = queued;
    if (window.__dialogWrapped) return;
    window.__dialogWrapped = true;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = typeof input === "string" ? input : input.url;
      if (url.includes("plugin%3Adialog") && window.__dialogAnswers.length) {
        const picked = window.__dialogAnswers.shift();
        return Promise.resolve(new Response(JSON.stringify(picked), { headers: { "Tauri-Response": "ok", "Content-Type": "application/json" } }));
      }
      return original(input, init);
    };
  }, answers);
