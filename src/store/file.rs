//! The session file on disk: opened read-only without a trace (read-only media), SQLite's quick
//! check, whether two paths name one file.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

/// Opens a session read-only without writing anything beside it (`immutable`: no `-wal` or
/// `-shm` is created, which read-only media would refuse).
pub(super) fn open_immutable(path: &Path) -> rusqlite::Result<Connection> {
    let mut uri = String::from("file:");
    let text = path.to_string_lossy().replace('\\', "/");
    if text.as_bytes().get(1) == Some(&b':') {
        // a Windows drive path: file:///C:/…
        uri.push_str("///");
    }
    for c in text.chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// Whether SQLite refused because the file or its folder cannot be written.
pub(super) fn refused_for_media(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen)
    )
}

/// SQLite's quick check (the pages and their links, not every index entry): `None` when the file
/// is whole, else what it found first. A check that cannot even run is damage too.
pub(super) fn quick_check(conn: &Connection) -> Option<String> {
    match conn.query_row("PRAGMA quick_check(1)", [], |r| r.get::<_, String>(0)) {
        Ok(ok) if ok == "ok" => None,
        Ok(found) => Some(found),
        Err(e) => Some(e.to_string()),
    }
}

/// Whether `a` and `b` name the same file: the same canonical path, or (Unix) the same device and
/// inode (a hard link, a bind mount). A `b` that does not exist yet is compared by its folder's
/// canonical path and its name.
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    let canonical = |p: &Path| {
        p.canonicalize().ok().or_else(|| {
            let name = p.file_name()?;
            let folder = p
                .parent()
                .filter(|f| !f.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            Some(folder.canonicalize().ok()?.join(name))
        })
    };
    if let (Some(x), Some(y)) = (canonical(a), canonical(b)) {
        if x == y {
            return true;
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}
