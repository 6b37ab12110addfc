//! The contract between the window and its commands: a command's signature as TypeScript sees it
//! (`CommandSig`, made by `#[commands]` from each function) and the progress a long command
//! reports. `bindings.rs` writes the TypeScript from it.

use ts_rs::{Config, TS};

use serde::Serialize;

use crate::error::ApiError;

/// Writes one type's binding (and the types it names) into the configured folder.
type Export = fn(&Config) -> Result<(), ts_rs::ExportError>;

pub struct CommandSig {
    /// The Rust command name (snake_case); the TS wrapper is its camelCase.
    pub name: &'static str,
    /// The single `request` argument's type, if any.
    pub request: Option<String>,
    pub response: String,
    /// Reports progress over a channel (`on_progress: Channel<Progress>` in Rust; the TS wrapper
    /// takes a callback).
    pub progress: bool,
    /// The named (exported) types the wrapper refers to.
    pub(crate) imports: Vec<String>,
    pub(crate) exports: Vec<Export>,
}

/// The type's name when it is exported to its own file (not a primitive such as `null`).
fn named<T: TS + 'static>() -> Option<String> {
    T::output_path().map(|_| T::name(&Config::new()))
}

/// What a command answers: the `Ok` of its `Result<_, ApiError>`.
pub trait Answer {
    type Ok: TS + 'static;
}

impl<T: TS + 'static> Answer for Result<T, ApiError> {
    type Ok = T;
}

impl CommandSig {
    /// A command answering `Resp` that takes nothing from the window (yet: see `request`).
    pub fn new<Resp: TS + 'static>(name: &'static str) -> CommandSig {
        CommandSig {
            name,
            request: None,
            response: Resp::name(&Config::new()),
            progress: false,
            imports: named::<Resp>().into_iter().collect(),
            exports: vec![|cfg| match named::<Resp>() {
                Some(_) => Resp::export_all(cfg),
                None => Ok(()),
            }],
        }
    }

    /// The command takes a `request` of type `Req`.
    pub fn request<Req: TS + 'static>(&mut self) {
        self.request = Some(Req::name(&Config::new()));
        self.imports.extend(named::<Req>());
        self.exports.push(|cfg| Req::export_all(cfg));
    }

    /// The command reports its progress (`on_progress: Channel<Progress>`; the TS wrapper takes a
    /// callback). `Progress` itself is exported once, with the other shared types.
    pub fn progress(&mut self) {
        self.progress = true;
        self.imports.push(Progress::name(&Config::new()));
    }
}

/// How far a long command is, sent over its channel.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}
