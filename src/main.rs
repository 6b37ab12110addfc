//! The `jingpin` binary: a thin command line over the `jingpin` library (as ripgrep's binary is
//! over its crates). clap and the command-line text live here, in `cli/`, so the library the
//! desktop shell links carries neither.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
