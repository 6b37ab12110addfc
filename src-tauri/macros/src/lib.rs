//! `#[commands]` on an inline module of Tauri commands declares them once. Every
//! `#[tauri::command]` function in the module is kept as written, and the module gains:
//!
//! - `NAMES`: the commands by the name the window invokes;
//! - `handler()`: the Tauri handler for them (`tauri::generate_handler!`);
//! - `signatures()`: each command's TypeScript signature (`crate::ipc::CommandSig`), read from the
//!   function: an argument named `request` is what the window sends, `on_progress` a progress
//!   channel, any other argument state the window does not see (`State<…>`); the `Ok` of the
//!   returned `Result<_, ApiError>` is the answer.
//!
//! So a new command is its function in the module, and nothing else. Every function of the module
//! must be a command: a helper there would be mistaken for one the window cannot reach.

use proc_macro::TokenStream;
use quote::quote;
use syn::spanned::Spanned;
use syn::{parse_macro_input, FnArg, Item, ItemMod, Pat, ReturnType};

#[proc_macro_attribute]
pub fn commands(attr: TokenStream, item: TokenStream) -> TokenStream {
    if !attr.is_empty() {
        return syn::Error::new(proc_macro2::Span::call_site(), "#[commands] takes no arguments")
            .to_compile_error()
            .into();
    }
    let mut module = parse_macro_input!(item as ItemMod);
    match expand(&mut module) {
        Ok(()) => quote!(#module).into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn is_command(f: &syn::ItemFn) -> bool {
    f.attrs.iter().any(|a| {
        let segments: Vec<String> = a.path().segments.iter().map(|s| s.ident.to_string()).collect();
        segments == ["tauri", "command"]
    })
}

fn expand(module: &mut ItemMod) -> syn::Result<()> {
    let Some((_, items)) = module.content.as_mut() else {
        return Err(syn::Error::new(
            module.span(),
            "#[commands] needs an inline module: `mod name { … }`",
        ));
    };
    let mut names = Vec::new();
    let mut signatures = Vec::new();
    for item in items.iter() {
        let Item::Fn(f) = item else { continue };
        if !is_command(f) {
            // a function the window cannot reach would be a command missing from the handler
            return Err(syn::Error::new(
                f.sig.ident.span(),
                "every function of a #[commands] module is a #[tauri::command]; a helper goes outside it",
            ));
        }
        let name = &f.sig.ident;
        let ReturnType::Type(_, ret) = &f.sig.output else {
            return Err(syn::Error::new(
                f.sig.span(),
                "a command returns Result<_, ApiError>, so the window can be told what went wrong",
            ));
        };
        let mut parts = Vec::new();
        for arg in &f.sig.inputs {
            let FnArg::Typed(arg) = arg else {
                return Err(syn::Error::new(arg.span(), "a command is a free function"));
            };
            let Pat::Ident(pat) = &*arg.pat else {
                return Err(syn::Error::new(arg.pat.span(), "a command's argument is a plain name"));
            };
            let ty = &arg.ty;
            match pat.ident.to_string().as_str() {
                "request" => parts.push(quote!(sig.request::<#ty>();)),
                "on_progress" => parts.push(quote!(sig.progress();)),
                _ => {}
            }
        }
        names.push(name.to_string());
        signatures.push(quote! {{
            #[allow(unused_mut)]
            let mut sig = crate::ipc::CommandSig::new::<<#ret as crate::ipc::Answer>::Ok>(stringify!(#name));
            #(#parts)*
            sig
        }});
    }
    let idents: Vec<syn::Ident> = names
        .iter()
        .map(|n| syn::Ident::new(n, proc_macro2::Span::call_site()))
        .collect();
    let generated: Vec<Item> = vec![
        syn::parse_quote! {
            /// The commands of this module, by the name the window invokes.
            pub const NAMES: &[&str] = &[#(#names),*];
        },
        syn::parse_quote! {
            /// The Tauri handler for [`NAMES`].
            pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
                tauri::generate_handler![#(#idents),*]
            }
        },
        syn::parse_quote! {
            /// Each command's TypeScript signature, read from its Rust one.
            pub fn signatures() -> Vec<crate::ipc::CommandSig> {
                vec![#(#signatures),*]
            }
        },
    ];
    items.extend(generated);
    Ok(())
}
