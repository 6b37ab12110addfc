//! The application layer: workflows over the session file that both front ends (the CLI and the
//! window) call, each reading and writing through `store` and computing with the pure modules.

pub mod similar;
