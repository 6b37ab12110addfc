// The rubric and quota library, loaded from the core.
import { attempt } from "../logic/attempt";
import { defineStore } from "pinia";
import { commands } from "../ipc";
export const useLibraryStore = defineStore("library", {
    state: () => ({
        library: null,
        selectedId: null,
        loading: false,
        error: null,
    }),
    getters: {
        selected(state) {
            return state.library?.rubrics.find((e) => e.item.id === state.selectedId)?.item ?? null;
        },
    },
    actions: {
        async load() {
            this.loading = true;
            await attempt((e) => (this.error = e), async () => {
                const library = await commands.library();
                this.library = library;
                this.error = null;
                const ids = library.rubrics.map((e) => e.item.id);
                if (!this.selectedId || !ids.includes(this.selectedId))
                    this.selectedId = ids[0] ?? null;
            });
            this.loading = false;
        },
        select(id) {
            this.selectedId = id;
        },
    },
});
