//! The `jingpin` binary: a thin command line over the `jingpin` library (as ripgrep's binary is
//! over its crates). clap and the command-line text live here, in `cli/`, so the library the
//! desktop shell links carries neither.

mod cli;

// mimalloc rather than the system's allocator: a national session is millions of small
// allocations made and freed on several threads at once (see docs/benchmarks.md)
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
