//! A private copy of the real content in a temporary folder, for the tests
//! that break or add one thing and look at what the compiler says. It is
//! removed when dropped.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The real content, `content/`.
pub fn real_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

pub struct ContentCopy(pub PathBuf);

impl ContentCopy {
    /// A fresh copy of `content/`, in a folder named after `prefix`.
    pub fn of_real_content(prefix: &str) -> ContentCopy {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "{prefix}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        copy_dir(&real_content(), &dir);
        ContentCopy(dir)
    }
}

impl Drop for ContentCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
