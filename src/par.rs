//! Pure work on every core, results consumed in input order on the calling thread.
//!
//! Reading and checking a score sheet is pure and independent per file; storing it is not (one
//! SQLite connection, and the merge order must not depend on thread timing). So workers check
//! files ahead while the caller stores each result in file order as soon as it is ready. The
//! channel is bounded, so at most a few results wait in memory whatever the number of files.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

/// How many worker threads to use: every core the OS gives us (or `JINGPIN_THREADS`, to leave
/// cores free or to measure), at most one per item.
pub fn workers(items: usize) -> usize {
    std::env::var("JINGPIN_THREADS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map(usize::from).unwrap_or(1))
        .min(items)
        .max(1)
}

/// Runs `work` on every item on `threads` workers and hands each result to `sink` in item order.
/// Stops handing out new items at the first error of `sink`, and returns it.
pub fn for_each_ordered<T, R, E>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(usize, R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
{
    if threads <= 1 || items.len() <= 1 {
        for (i, item) in items.iter().enumerate() {
            sink(i, work(item))?;
        }
        return Ok(());
    }
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, R)>(threads * 2);
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, stop, work) = (&next, &stop, &work);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if tx.send((i, work(item))).is_err() {
                        break; // the caller stopped listening
                    }
                }
            });
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        for (i, r) in rx.iter() {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&due) {
                if let Err(e) = sink(due, r) {
                    stop.store(true, Ordering::Relaxed);
                    return Err(e); // dropping `rx` releases any worker blocked on a full channel
                }
                due += 1;
            }
        }
        Ok(())
    })
}

/// Frees `value` on a thread of its own. A national session's scores and results are about a
/// million allocations, which take longer to free (40–60 ms) than a command takes to print its
/// answer and exit; nobody waits for that, neither a command (the process ends and the OS takes
/// the memory back at once) nor the window (its answer goes out first).
pub fn drop_later<T: Send + 'static>(value: T) {
    // no thread to be had: the closure, value and all, is freed here instead
    let _ = std::thread::Builder::new()
        .name("drop".into())
        .spawn(move || drop(value));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_arrive_in_item_order_whatever_the_timing() {
        let items: Vec<u64> = (0..200).collect();
        let mut seen = Vec::new();
        for_each_ordered(
            &items,
            4,
            |n| {
                // later items finish first
                std::thread::sleep(std::time::Duration::from_micros((200 - n) * 20));
                n * n
            },
            |i, r| {
                seen.push((i, r));
                Ok::<_, ()>(())
            },
        )
        .unwrap();
        assert_eq!(seen, items.iter().map(|n| (*n as usize, n * n)).collect::<Vec<_>>());
    }

    #[test]
    fn the_first_sink_error_stops_the_work_and_is_returned() {
        let items: Vec<u32> = (0..10_000).collect();
        let done = AtomicUsize::new(0);
        let mut sunk = 0;
        let r = for_each_ordered(
            &items,
            3,
            |n| {
                done.fetch_add(1, Ordering::Relaxed);
                *n
            },
            |_, n| {
                sunk += 1;
                if n == 5 {
                    Err(n)
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(r, Err(5));
        assert_eq!(sunk, 6);
        assert!(
            done.load(Ordering::Relaxed) < items.len(),
            "workers stop after an error"
        );
    }

    #[test]
    fn one_thread_runs_inline() {
        let mut seen = Vec::new();
        for_each_ordered(
            &[1, 2, 3],
            1,
            |n| n + 1,
            |_, r| {
                seen.push(r);
                Ok::<_, ()>(())
            },
        )
        .unwrap();
        assert_eq!(seen, vec![2, 3, 4]);
    }
}
