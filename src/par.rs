//! Pure work on every core, results consumed in input order on the calling thread.
//!
//! Reading and checking a score sheet is pure and independent per file; storing it is not (one
//! SQLite connection, and the merge order must not depend on thread timing). So workers check
//! files ahead while the caller stores each result in file order as soon as it is ready. The
//! channel is bounded, so at most a few results wait in memory whatever the number of files.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, RwLock};

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
    for_each_ordered_after(items, threads, || Ok(((), ())), work, |_, r, _| r, |_, i, r| sink(i, r)).map(drop)
}

/// [`for_each_ordered`] with a `setup` the work needs part of, run here while the workers already
/// start: each worker runs `first` on its item at once, then `then` on the item, that result and
/// the setup's shared part once it is ready; `sink` gets the setup's local part. A score-sheet
/// import reads files while the session's expectations are read from the database. A failed
/// setup stops the workers and is returned; the local part is returned when every result is sunk.
pub fn for_each_ordered_after<T, S, L, P, R, E>(
    items: &[T],
    threads: usize,
    setup: impl FnOnce() -> Result<(S, L), E>,
    first: impl Fn(&T) -> P + Sync,
    then: impl Fn(&T, P, &S) -> R + Sync,
    mut sink: impl FnMut(&mut L, usize, R) -> Result<(), E>,
) -> Result<L, E>
where
    T: Sync,
    S: Sync + Send,
    R: Send,
{
    if threads <= 1 || items.len() <= 1 {
        let (shared, mut local) = setup()?;
        for (i, item) in items.iter().enumerate() {
            sink(&mut local, i, then(item, first(item), &shared))?;
        }
        return Ok(local);
    }
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // held for writing until the setup is done: a worker that needs it waits on the read lock
    let shared: RwLock<Option<S>> = RwLock::new(None);
    let mut writing = shared.write().expect("a new lock is not poisoned");
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, R)>(threads * 2);
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, stop, first, then, shared) = (&next, &stop, &first, &then, &shared);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let p = first(item);
                    let ready = shared.read().unwrap_or_else(std::sync::PoisonError::into_inner);
                    let Some(s) = ready.as_ref() else { break }; // the setup failed
                    if tx.send((i, then(item, p, s))).is_err() {
                        break; // the caller stopped listening
                    }
                }
            });
        }
        drop(tx);
        let mut local = match setup() {
            Ok((s, local)) => {
                *writing = Some(s);
                drop(writing);
                local
            }
            Err(e) => {
                stop.store(true, Ordering::Relaxed);
                drop(writing);
                return Err(e);
            }
        };
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        for (i, r) in rx.iter() {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&due) {
                if let Err(e) = sink(&mut local, due, r) {
                    stop.store(true, Ordering::Relaxed);
                    return Err(e); // dropping `rx` releases any worker blocked on a full channel
                }
                due += 1;
            }
        }
        Ok(local)
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
    fn the_first_stage_runs_while_the_setup_does_and_the_second_sees_it() {
        let items: Vec<u64> = (0..50).collect();
        let started = AtomicUsize::new(0);
        let mut seen = Vec::new();
        let local = for_each_ordered_after(
            &items,
            3,
            || {
                // the workers get going before the setup is done
                while started.load(Ordering::SeqCst) == 0 {
                    std::thread::yield_now();
                }
                Ok::<_, ()>((1000u64, vec!["local"]))
            },
            |n| {
                started.fetch_add(1, Ordering::SeqCst);
                *n
            },
            |_, n, add| n + add,
            |local, i, r| {
                local.push("sunk");
                seen.push((i, r));
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, items.iter().map(|n| (*n as usize, n + 1000)).collect::<Vec<_>>());
        assert_eq!(local.len(), 51);
    }

    #[test]
    fn a_failed_setup_stops_the_workers_and_is_returned() {
        let items: Vec<u32> = (0..10_000).collect();
        let done = AtomicUsize::new(0);
        for threads in [1, 3] {
            let r = for_each_ordered_after(
                &items,
                threads,
                || Err::<((), ()), _>("no session"),
                |n| *n,
                |_, n, _| {
                    done.fetch_add(1, Ordering::Relaxed);
                    n
                },
                |_, _, _| Ok(()),
            );
            assert_eq!(r, Err("no session"));
        }
        assert_eq!(done.load(Ordering::Relaxed), 0, "nothing passes the second stage");
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
