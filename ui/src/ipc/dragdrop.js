// Files dropped on the window (Tauri gives real paths), kept behind the IPC seam.
import { getCurrentWebview } from "@tauri-apps/api/webview";
/** Calls `onDrop` with the paths of files dropped on the window; returns the unlisten function. */
export async function onFilesDropped(onDrop, onHover) {
    return getCurrentWebview().onDragDropEvent((event) => {
        const p = event.payload;
        if (p.type === "over" || p.type === "enter")
            onHover?.(true);
        else if (p.type === "leave")
            onHover?.(false);
        else if (p.type === "drop") {
            onHover?.(false);
            onDrop(p.paths);
        }
    });
}
