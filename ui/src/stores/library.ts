// The rubric and quota library, loaded from the core.
import { attempt } from "../logic/attempt";
import { defineStore } from "pinia";
import { commands, type ApiError, type Library, type Rubric } from "../ipc";

export const useLibraryStore = defineStore("library", {
  state: () => ({
    library: null as Library | null,
    selectedId: null as string | null,
    loading: false,
    error: null as ApiError | null,
  }),
  getters: {
    selected(state): Rubric | null {
      return state.library?.rubrics.find((e) => e.item.id === state.selectedId)?.item ?? null;
    },
  },
  actions: {
    async load() {
      this.loading = true;
      await attempt(
        (e) => (this.error = e),
        async () => {
          const library = await commands.library();
          this.library = library;
          this.error = null;
          const ids = library.rubrics.map((e) => e.item.id);
          if (!this.selectedId || !ids.includes(this.selectedId)) this.selectedId = ids[0] ?? null;
        },
      );
      this.loading = false;
    },
    select(id: string) {
      this.selectedId = id;
    },
  },
});
