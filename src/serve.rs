//! `jiandu serve`: a SPARQL 1.1 Protocol endpoint over the store, with the web page
//! (`static/`, embedded in the binary), named queries, entity search, entity pages and the
//! DOT export.
//!
//! The HTTP/1.1 layer is small and written here on `std::net` so that every limit is under
//! our control: one thread per connection (capped), request head and body size limits,
//! read and write timeouts (a slow or idle client only ever holds its own thread), a cap on
//! concurrently running queries (beyond it: 503 at once), a per-query deadline enforced by
//! a watchdog thread through Oxigraph's `CancellationToken`, streamed (chunked) results with
//! a row limit, and a graceful shutdown on Ctrl-C / SIGTERM.
//!
//! The store is opened read-only unless `--allow-update` (which also needs `--token`):
//! SPARQL Update and Graph Store Protocol writes are refused (403) otherwise.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::Context as _;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, Quad, Term, TripleRef};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, QueryDatasetSpecification, QueryResults, QuerySolution, SparqlEvaluator,
};
use oxigraph::store::Store;

use crate::query::{self, Dataset, QueryError};
use crate::store::GraphStore;

// ===================================================================== command line

/// Serve the store as a SPARQL 1.1 endpoint with a web page.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub bind: String,
    /// Open the store read-write and accept SPARQL Update and Graph Store Protocol writes
    /// from requests carrying `Authorization: Bearer TOKEN` (needs --token).
    #[arg(long)]
    pub allow_update: bool,
    /// Bearer token for updates (or the JIANDU_TOKEN environment variable, which keeps it
    /// out of the process list).
    #[arg(long)]
    pub token: Option<String>,
    /// Per-query time limit in seconds (the query is cancelled, 503).
    #[arg(long, default_value_t = 30.0)]
    pub timeout: f64,
    /// Largest request body accepted, in bytes (413 beyond).
    #[arg(long, default_value_t = 1 << 20)]
    pub max_body: usize,
    /// Longest SPARQL query or update accepted, in bytes (413 beyond).
    #[arg(long, default_value_t = 256 * 1024)]
    pub max_query_length: usize,
    /// Queries running at the same time (default: 2 × CPU cores); beyond, 503 at once.
    #[arg(long)]
    pub max_concurrent_queries: Option<usize>,
    /// Result rows (or triples) streamed per query; the result is cut there.
    #[arg(long, default_value_t = 100_000)]
    pub max_rows: usize,
    /// Open connections at the same time; beyond, 503 and close.
    #[arg(long, default_value_t = 256)]
    pub max_connections: usize,
    /// Seconds a client may take to send a request, or to accept a chunk of the response.
    #[arg(long, default_value_t = 30)]
    pub io_timeout: u64,
    /// Seconds an idle keep-alive connection is kept open.
    #[arg(long, default_value_t = 15)]
    pub keep_alive: u64,
    /// On Ctrl-C / SIGTERM, seconds given to requests in flight before they are cut.
    #[arg(long, default_value_t = 5)]
    pub shutdown_grace: u64,
    /// Accept any Host header (by default a server bound to a loopback address only answers
    /// requests for localhost / 127.0.0.1 / [::1], against DNS rebinding).
    #[arg(long)]
    pub any_host: bool,
    /// No access log on stderr.
    #[arg(long)]
    pub quiet: bool,
    /// Read-only mode: every this many seconds, look whether the store changed on disk (a
    /// `jiandu build` finished) and reopen it; 0 keeps the view taken at start.
    #[arg(long, default_value_t = 2.0)]
    pub reload: f64,
}

pub fn cli(store: &Path, args: ServeArgs) -> anyhow::Result<()> {
    let token = args
        .token
        .clone()
        .or_else(|| std::env::var("JIANDU_TOKEN").ok())
        .filter(|t| !t.is_empty());
    if args.allow_update && token.is_none() {
        anyhow::bail!(
            "--allow-update needs --token TOKEN (or JIANDU_TOKEN): updates must be authenticated"
        );
    }
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        anyhow::bail!("--timeout must be a positive number of seconds");
    }
    let graph_store = if args.allow_update {
        GraphStore::open(store)?
    } else {
        if !store.exists() {
            anyhow::bail!(
                "no store at {} (run `jiandu --store {} build` first)",
                store.display(),
                store.display()
            );
        }
        GraphStore::open_read_only(store)?
    };
    let addrs: Vec<SocketAddr> = args
        .bind
        .to_socket_addrs()
        .with_context(|| format!("--bind {}", args.bind))?
        .collect();
    let listener =
        TcpListener::bind(&addrs[..]).with_context(|| format!("cannot listen on {}", args.bind))?;
    let local = listener.local_addr()?;
    let server = Server::new(store.to_path_buf(), graph_store.store, args, token, local);
    eprintln!(
        "jiandu: serving {} ({}) on http://{local}/  — SPARQL endpoint http://{local}/sparql",
        store.display(),
        if server.cfg.allow_update {
            "read-write, updates need the bearer token"
        } else {
            "read-only"
        }
    );
    // A panic while answering a request is caught and answered 500 (see serve_connection):
    // one line on stderr instead of a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("jiandu: internal error: {info}");
    }));
    let state = Arc::new(server);
    {
        let state = Arc::clone(&state);
        ctrlc::set_handler(move || state.begin_shutdown())
            .context("installing the Ctrl-C / SIGTERM handler")?;
    }
    state.run(listener);
    eprintln!("jiandu: stopped");
    Ok(())
}

// ===================================================================== server state

struct Config {
    allow_update: bool,
    token_digest: Option<[u8; 32]>,
    timeout: Duration,
    max_body: usize,
    max_query_length: usize,
    max_queries: usize,
    max_rows: usize,
    max_connections: usize,
    io_timeout: Duration,
    keep_alive: Duration,
    shutdown_grace: Duration,
    loopback_only_hosts: bool,
    quiet: bool,
    reload: Option<Duration>,
}

pub(crate) struct Server {
    cfg: Config,
    store_path: PathBuf,
    store: RwLock<Store>,
    /// Bumped whenever the data may have changed (an update through this server, or the
    /// store reopened after a build); the search index is rebuilt then.
    generation: AtomicU64,
    local: SocketAddr,
    queries: QueryRegistry,
    connections: AtomicUsize,
    in_flight: AtomicUsize,
    sockets: Mutex<HashMap<u64, TcpStream>>,
    next_id: AtomicU64,
    shutdown: AtomicBool,
    search: Mutex<Option<(u64, Arc<Vec<SearchEntry>>)>>,
    named: Vec<query::NamedQuery>,
    named_json: Vec<u8>,
    parsed: QueryCache,
    access_log: AccessLog,
    /// Every query is evaluated by a clone of this one.
    evaluator: SparqlEvaluator,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Server {
    fn new(
        store_path: PathBuf,
        store: Store,
        args: ServeArgs,
        token: Option<String>,
        local: SocketAddr,
    ) -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let named = query::named_queries();
        let named_json = serde_json::to_vec(&named).unwrap_or_else(|_| b"[]".to_vec());
        let max_queries = args.max_concurrent_queries.unwrap_or(2 * cores).max(1);
        Server {
            cfg: Config {
                allow_update: args.allow_update,
                token_digest: token.map(|t| digest(t.as_bytes())),
                timeout: Duration::from_secs_f64(args.timeout),
                max_body: args.max_body,
                max_query_length: args.max_query_length,
                max_queries,
                max_rows: args.max_rows,
                max_connections: args.max_connections.max(1),
                io_timeout: Duration::from_secs(args.io_timeout.max(1)),
                keep_alive: Duration::from_secs(args.keep_alive),
                shutdown_grace: Duration::from_secs(args.shutdown_grace),
                loopback_only_hosts: !args.any_host && local.ip().is_loopback(),
                quiet: args.quiet,
                reload: (!args.allow_update && args.reload > 0.0 && args.reload.is_finite())
                    .then(|| Duration::from_secs_f64(args.reload)),
            },
            store_path,
            store: RwLock::new(store),
            generation: AtomicU64::new(0),
            local,
            queries: QueryRegistry::new(
                format!(
                    "query cancelled: it ran longer than {} s (--timeout)",
                    args.timeout
                ),
                max_queries,
            ),
            connections: AtomicUsize::new(0),
            in_flight: AtomicUsize::new(0),
            sockets: Mutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            shutdown: AtomicBool::new(false),
            search: Mutex::new(None),
            named,
            named_json,
            access_log: AccessLog {
                buf: Mutex::new(Vec::new()),
                out: Mutex::new(()),
                cv: Condvar::new(),
                closed: AtomicBool::new(false),
            },
            parsed: QueryCache {
                map: RwLock::new(HashMap::new()),
                tick: AtomicU64::new(0),
            },
            evaluator: SparqlEvaluator::new(),
        }
    }

    fn store(&self) -> Store {
        self.store.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn is_shutting_down(&self) -> bool {
        self.shutdown.load(Ordering::SeqCst)
    }

    /// Called from the signal handler thread: stop accepting (wake the accept loop with a
    /// connection of our own), then let `run` wind down.
    fn begin_shutdown(&self) {
        if self.shutdown.swap(true, Ordering::SeqCst) {
            self.access_log.flush();
            eprintln!("jiandu: second signal, exiting now");
            std::process::exit(1);
        }
        eprintln!(
            "jiandu: shutting down (requests in flight get {:?})",
            self.cfg.shutdown_grace
        );
        let mut wake = self.local;
        if wake.ip().is_unspecified() {
            wake.set_ip(if wake.is_ipv4() {
                std::net::Ipv4Addr::LOCALHOST.into()
            } else {
                std::net::Ipv6Addr::LOCALHOST.into()
            });
        }
        let _ = TcpStream::connect_timeout(&wake, Duration::from_secs(1));
        self.queries.wake();
    }

    fn run(self: &Arc<Self>, listener: TcpListener) {
        {
            let me = Arc::clone(self);
            std::thread::spawn(move || me.queries.watchdog(&me.shutdown));
        }
        let log_writer = {
            let me = Arc::clone(self);
            std::thread::spawn(move || me.access_log.writer())
        };
        if let Some(every) = self.cfg.reload {
            let me = Arc::clone(self);
            std::thread::spawn(move || me.reload_loop(every));
        }
        for stream in listener.incoming() {
            if self.is_shutting_down() {
                break;
            }
            let stream = match stream {
                Ok(s) => s,
                Err(e) => {
                    // EMFILE and friends: back off a little instead of spinning.
                    eprintln!("jiandu: accept failed: {e}");
                    std::thread::sleep(Duration::from_millis(50));
                    continue;
                }
            };
            if self.connections.fetch_add(1, Ordering::SeqCst) >= self.cfg.max_connections {
                self.connections.fetch_sub(1, Ordering::SeqCst);
                refuse_connection(stream);
                continue;
            }
            let id = self.next_id.fetch_add(1, Ordering::Relaxed);
            let me = Arc::clone(self);
            let spawned = std::thread::Builder::new()
                .name(format!("conn-{id}"))
                .stack_size(4 << 20)
                .spawn(move || {
                    let _count = Counter(&me.connections);
                    me.serve_connection(stream, id);
                });
            if let Err(e) = spawned {
                eprintln!("jiandu: cannot start a connection thread: {e}");
                self.connections.fetch_sub(1, Ordering::SeqCst);
            }
        }
        drop(listener);
        // Requests in flight get the grace period; then their queries are cancelled and
        // every socket is shut. A computation Oxigraph cannot interrupt does not hold the
        // exit up: its thread ends with the process.
        let deadline = Instant::now() + self.cfg.shutdown_grace;
        while self.in_flight.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        self.queries.cancel_all();
        for s in lock(&self.sockets).values() {
            let _ = s.shutdown(Shutdown::Both);
        }
        self.queries.wake();
        let deadline = Instant::now() + Duration::from_secs(1);
        while self.connections.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        self.access_log.close();
        let _ = log_writer.join();
        self.access_log.flush();
        if self.cfg.allow_update {
            let _ = self.store().flush();
        }
    }

    fn serve_connection(&self, stream: TcpStream, id: u64) {
        let _ = stream.set_nodelay(true);
        let _ = stream.set_read_timeout(Some(POLL));
        let _ = stream.set_write_timeout(Some(self.cfg.io_timeout));
        let Ok(clone) = stream.try_clone() else {
            return;
        };
        let Ok(watchdog_clone) = stream.try_clone() else {
            return;
        };
        lock(&self.sockets).insert(id, clone);
        let exchange = Arc::new(Exchange {
            stream: watchdog_clone,
            state: AtomicU64::new(0),
        });
        let mut conn = Conn::new(stream);
        let mut seq = 0u64;
        loop {
            seq += 1;
            let request = match conn.read_request(self) {
                Ok(Some(r)) => r,
                Ok(None) => break,
                Err(e) => {
                    let started = Instant::now();
                    exchange.begin(seq);
                    let mut resp = Responder::new(&conn.stream, &exchange, seq, false, true, false);
                    let _ = resp.text(e.status, &e.message, &[]);
                    self.log("-", &e.path, e.status, started, None, "");
                    break;
                }
            };
            let _in_flight = Counter::up(&self.in_flight);
            let started = Instant::now();
            let keep_alive = request.keep_alive && !self.is_shutting_down();
            exchange.begin(seq);
            let mut resp = Responder::new(
                &conn.stream,
                &exchange,
                seq,
                request.method == "HEAD",
                !keep_alive,
                request.http10,
            );
            // Oxigraph can panic on some inputs (e.g. an ORDER BY comparison that is not a
            // total order): answer 500 and close instead of losing the thread.
            let info = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                self.handle(&request, &mut resp)
            })) {
                Ok(info) => info,
                Err(_) => {
                    if resp.sent {
                        resp.close = true;
                    } else {
                        let _ = resp.text(500, "internal error while answering this request", &[]);
                        resp.close = true;
                    }
                    Info {
                        rows: None,
                        note: "internal error (panic)".into(),
                    }
                }
            };
            exchange.finish(seq);
            let (status, note) = if exchange.answered_by_watchdog(seq) {
                resp.close = true;
                (503, format!("answered 503 by the watchdog; {}", info.note))
            } else {
                (resp.status, info.note)
            };
            self.log(
                &request.method,
                &request.log_path(),
                status,
                started,
                info.rows,
                &note,
            );
            if resp.close || !keep_alive || self.is_shutting_down() {
                break;
            }
        }
        let _ = conn.stream.shutdown(Shutdown::Both);
        lock(&self.sockets).remove(&id);
    }

    fn log(
        &self,
        method: &str,
        path: &str,
        status: u16,
        started: Instant,
        rows: Option<usize>,
        note: &str,
    ) {
        if self.cfg.quiet {
            return;
        }
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let rows = rows.map_or_else(|| "-".to_string(), |r| r.to_string());
        let mut line = format!("{method} {path} {status} {ms:.1}ms rows={rows}");
        if !note.is_empty() {
            line.push(' ');
            line.push_str(note);
        }
        line.push('\n');
        self.access_log.push(line.as_bytes());
    }

    /// Takes one of the `--max-concurrent-queries` slots, or None when all are busy.
    fn query_slot(&self) -> Option<QuerySlot<'_>> {
        let registry = &self.queries;
        let mut n = registry.running.load(Ordering::SeqCst);
        loop {
            if n >= self.cfg.max_queries {
                return None;
            }
            match registry
                .running
                .compare_exchange(n, n + 1, Ordering::SeqCst, Ordering::SeqCst)
            {
                Ok(_) => {
                    return Some(QuerySlot {
                        registry,
                        state: Arc::new(AtomicU8::new(SLOT_LIVE)),
                    })
                }
                Err(current) => n = current,
            }
        }
    }
}

/// The access log on stderr. A request appends its line to a buffer that a thread writes
/// out `LOG_DELAY` later, in one write for all the lines that came meanwhile: no request
/// waits for stderr, nor for another request's line.
struct AccessLog {
    buf: Mutex<Vec<u8>>,
    /// Held while a batch is taken and written, so batches go out in order.
    out: Mutex<()>,
    cv: Condvar,
    closed: AtomicBool,
}

const LOG_DELAY: Duration = Duration::from_millis(10);
/// Beyond this much unwritten log (stderr is blocked), requests write it out themselves.
const LOG_BACKLOG: usize = 1 << 20;

impl AccessLog {
    fn push(&self, line: &[u8]) {
        let mut buf = lock(&self.buf);
        if buf.len() >= LOG_BACKLOG {
            drop(buf);
            self.flush();
            buf = lock(&self.buf);
        }
        let was_empty = buf.is_empty();
        buf.extend_from_slice(line);
        drop(buf);
        if was_empty {
            self.cv.notify_one();
        }
    }

    fn flush(&self) {
        let _out = lock(&self.out);
        let batch = std::mem::take(&mut *lock(&self.buf));
        if !batch.is_empty() {
            let _ = io::stderr().lock().write_all(&batch);
        }
    }

    /// The writer thread, until `close`.
    fn writer(&self) {
        loop {
            {
                let mut buf = lock(&self.buf);
                while buf.is_empty() && !self.closed.load(Ordering::SeqCst) {
                    buf = self.cv.wait(buf).unwrap_or_else(|p| p.into_inner());
                }
                if buf.is_empty() {
                    return;
                }
            }
            std::thread::sleep(LOG_DELAY);
            self.flush();
        }
    }

    fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        let _buf = lock(&self.buf);
        self.cv.notify_all();
    }
}

/// A `--max-concurrent-queries` slot, given back when dropped (also when a thread unwinds).
///
/// Oxigraph checks a query's cancellation token only while it reads the store, so a stage
/// that only computes — the sort of an ORDER BY over a large cross product, say — runs on
/// past the deadline, and the watchdog answers 503 in its place (see `Exchange`). At that
/// moment the slot stops counting as running and counts as overrunning instead, and the
/// thread, whose connection is closed and which ends with the query, is moved to the lowest
/// CPU priority: the other clients get the slot back and keep their CPU. At most as many
/// queries as there are slots can be overrunning at a time: beyond that an overrunning query
/// keeps its slot, which bounds the threads and memory such queries hold.
struct QuerySlot<'a> {
    registry: &'a QueryRegistry,
    state: Arc<AtomicU8>,
}

const SLOT_LIVE: u8 = 0;
const SLOT_OVERRUN: u8 = 1;
const SLOT_DONE: u8 = 2;

impl Drop for QuerySlot<'_> {
    fn drop(&mut self) {
        match self.state.swap(SLOT_DONE, Ordering::SeqCst) {
            SLOT_LIVE => self.registry.running.fetch_sub(1, Ordering::SeqCst),
            SLOT_OVERRUN => self.registry.overrun.fetch_sub(1, Ordering::SeqCst),
            _ => 0,
        };
    }
}

/// The id of the calling thread, for `setpriority`.
#[cfg(target_os = "linux")]
fn thread_id() -> i64 {
    // SAFETY: gettid has no arguments and cannot fail.
    i64::from(unsafe { libc::syscall(libc::SYS_gettid) } as i32)
}

#[cfg(not(target_os = "linux"))]
fn thread_id() -> i64 {
    0
}

/// Lowest CPU priority for one thread of this process (Linux: nice applies per thread).
#[cfg(target_os = "linux")]
fn deprioritize(tid: i64) {
    if let Ok(tid) = libc::id_t::try_from(tid) {
        // SAFETY: plain syscall on a thread id of this process; lowering needs no privilege.
        unsafe {
            libc::setpriority(libc::PRIO_PROCESS, tid, 19);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn deprioritize(_tid: i64) {}

/// Decrements its counter when dropped, also when a thread unwinds.
struct Counter<'a>(&'a AtomicUsize);

impl<'a> Counter<'a> {
    fn up(counter: &'a AtomicUsize) -> Self {
        counter.fetch_add(1, Ordering::SeqCst);
        Counter(counter)
    }
}

impl Drop for Counter<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The response side of one connection, shared with the watchdog: when a query overruns
/// its deadline and Oxigraph does not notice the cancellation (a purely in-memory stage,
/// such as a cross product being sorted), the watchdog answers 503 itself and closes the
/// connection, so the client is never left hanging; when the response is still being
/// written by then (a client that does not read), it cuts the connection. `state` is
/// `seq << 2 | phase` with phase 0 = nothing sent yet, 1 = the request's thread is
/// answering, 2 = the watchdog answered, 3 = the request's thread is done.
struct Exchange {
    stream: TcpStream,
    state: AtomicU64,
}

impl Exchange {
    fn begin(&self, seq: u64) {
        self.state.store(seq << 2, Ordering::SeqCst);
    }

    /// The request's thread takes the response; false when the watchdog already answered.
    fn claim(&self, seq: u64) -> bool {
        match self.state.compare_exchange(
            seq << 2,
            seq << 2 | 1,
            Ordering::SeqCst,
            Ordering::SeqCst,
        ) {
            Ok(_) => true,
            Err(current) => current == seq << 2 | 1,
        }
    }

    /// The request's thread is done with the response.
    fn finish(&self, seq: u64) {
        let _ = self.state.compare_exchange(
            seq << 2 | 1,
            seq << 2 | 3,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
    }

    fn answered_by_watchdog(&self, seq: u64) -> bool {
        self.state.load(Ordering::SeqCst) == seq << 2 | 2
    }

    fn hard_stop(&self, seq: u64, message: &str) {
        // Still streaming long after the deadline: the client is not reading (or Oxigraph
        // is not stopping); cut the connection so the query's thread and slot are freed.
        if self.state.load(Ordering::SeqCst) == seq << 2 | 1 {
            let _ = self.stream.shutdown(Shutdown::Both);
            return;
        }
        if self
            .state
            .compare_exchange(seq << 2, seq << 2 | 2, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            let _ = (&self.stream).write_all(
                format!(
                    "HTTP/1.1 503 Service Unavailable\r\nDate: {}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{message}\n",
                    http_date(SystemTime::now()),
                    message.len() + 1
                )
                .as_bytes(),
            );
            let _ = self.stream.shutdown(Shutdown::Both);
        }
    }
}

fn refuse_connection(mut stream: TcpStream) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let body = "too many connections, try again\n";
    let _ = write!(
        stream,
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.shutdown(Shutdown::Both);
}

fn digest(bytes: &[u8]) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).into()
}

/// Compares fixed-size digests without an early exit.
fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    let mut diff = 0u8;
    for (x, y) in a.iter().zip(b.iter()) {
        diff |= x ^ y;
    }
    std::hint::black_box(diff) == 0
}

// ===================================================================== reopening

impl Server {
    /// Read-only mode. A read-only RocksDB handle keeps serving the snapshot it opened (the
    /// files a concurrent `jiandu build` compacts away stay open), so the server never sees
    /// a half-written state; this loop reopens the store once the data on disk changed and
    /// no writer holds it any more, so a finished build becomes visible.
    fn reload_loop(&self, every: Duration) {
        let path = self.store_path.as_path();
        let mut seen = dir_fingerprint(path);
        loop {
            let until = Instant::now() + every;
            while Instant::now() < until {
                if self.is_shutting_down() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100).min(every));
            }
            let now = dir_fingerprint(path);
            if now == seen || now.is_empty() || writer_active(path) {
                continue;
            }
            match Store::open_read_only(path) {
                // A writer that started while we were opening: drop this handle, retry later.
                Ok(_) if writer_active(path) || dir_fingerprint(path) != now => {}
                Ok(store) => {
                    *self.store.write().unwrap_or_else(|p| p.into_inner()) = store;
                    self.generation.fetch_add(1, Ordering::SeqCst);
                    seen = now;
                    eprintln!("jiandu: the store changed on disk; reopened it");
                }
                Err(e) => {
                    eprintln!("jiandu: the store changed on disk but cannot be reopened yet: {e}")
                }
            }
        }
    }
}

/// Names, sizes and modification times of the store's files (RocksDB's own LOCK and info
/// LOG files excepted: opening a read-only handle rotates LOG).
fn dir_fingerprint(path: &Path) -> Vec<(String, u64, Option<SystemTime>)> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(path) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name == "LOCK" || name.starts_with("LOG") {
                continue;
            }
            if let Ok(m) = e.metadata() {
                out.push((name, m.len(), m.modified().ok()));
            }
        }
    }
    out.sort();
    out
}

/// Whether a read-write process (`jiandu build`, `serve --allow-update`) holds the store:
/// RocksDB takes a POSIX record lock on the LOCK file, which F_GETLK can see.
#[cfg(unix)]
fn writer_active(path: &Path) -> bool {
    use std::os::fd::AsRawFd;
    let Ok(file) = std::fs::File::open(path.join("LOCK")) else {
        return false;
    };
    // SAFETY: F_GETLK only fills the plain-data struct we pass; the fd is open for the call.
    unsafe {
        let mut lock: libc::flock = std::mem::zeroed();
        lock.l_type = libc::F_WRLCK as libc::c_short;
        lock.l_whence = libc::SEEK_SET as libc::c_short;
        if libc::fcntl(file.as_raw_fd(), libc::F_GETLK, &mut lock) == -1 {
            return true;
        }
        lock.l_type != libc::F_UNLCK as libc::c_short
    }
}

#[cfg(not(unix))]
fn writer_active(_path: &Path) -> bool {
    true
}

// ===================================================================== query deadlines

/// Running queries by deadline. The watchdog thread cancels each one's token when its
/// deadline passes, and if the request has still sent nothing `HARD_GRACE` later, answers
/// 503 in its place (see `Exchange`). On shutdown every token is cancelled.
struct QueryRegistry {
    map: Mutex<BTreeMap<(Instant, u64), Entry>>,
    cv: Condvar,
    /// When the waiting watchdog wakes up next, in nanoseconds since `epoch` (0 while it is
    /// not waiting); read and written under `map`'s lock. A new deadline only wakes the
    /// watchdog when it is earlier: most queries never cost it a wake-up.
    wake_at: AtomicU64,
    epoch: Instant,
    /// Queries holding a slot, and queries past their deadline that the watchdog answered
    /// for but that are still computing (see `QuerySlot`).
    running: AtomicUsize,
    overrun: AtomicUsize,
    max_overrun: usize,
    next: AtomicU64,
    hard_message: String,
}

struct Entry {
    token: CancellationToken,
    exchange: Option<(Arc<Exchange>, u64)>,
    /// The query's slot and thread.
    slot: Option<(Arc<AtomicU8>, i64)>,
    hard: bool,
}

const HARD_GRACE: Duration = Duration::from_secs(2);

struct Deadline<'a> {
    registry: &'a QueryRegistry,
    key: (Instant, u64),
    token: CancellationToken,
}

impl QueryRegistry {
    fn new(hard_message: String, max_overrun: usize) -> Self {
        QueryRegistry {
            map: Mutex::new(BTreeMap::new()),
            cv: Condvar::new(),
            wake_at: AtomicU64::new(0),
            epoch: Instant::now(),
            running: AtomicUsize::new(0),
            overrun: AtomicUsize::new(0),
            max_overrun,
            next: AtomicU64::new(0),
            hard_message,
        }
    }

    /// Called on the query's own thread.
    fn register(
        &self,
        timeout: Duration,
        exchange: Option<(Arc<Exchange>, u64)>,
        slot: &QuerySlot<'_>,
    ) -> Deadline<'_> {
        let token = CancellationToken::new();
        let key = (
            Instant::now() + timeout,
            self.next.fetch_add(1, Ordering::Relaxed),
        );
        let mut map = lock(&self.map);
        let since = key.0.saturating_duration_since(self.epoch).as_nanos();
        let earlier = since < u128::from(self.wake_at.load(Ordering::Relaxed));
        map.insert(
            key,
            Entry {
                token: token.clone(),
                exchange,
                slot: Some((Arc::clone(&slot.state), thread_id())),
                hard: false,
            },
        );
        drop(map);
        if earlier {
            self.cv.notify_all();
        }
        Deadline {
            registry: self,
            key,
            token,
        }
    }

    fn watchdog(&self, shutdown: &AtomicBool) {
        let mut map = lock(&self.map);
        loop {
            if shutdown.load(Ordering::SeqCst) && map.is_empty() {
                return;
            }
            let now = Instant::now();
            let wait = match map.keys().next().copied() {
                Some(key) if key.0 <= now => {
                    if let Some(entry) = map.remove(&key) {
                        if !entry.hard {
                            entry.token.cancel();
                            if entry.exchange.is_some() {
                                let id = self.next.fetch_add(1, Ordering::Relaxed);
                                map.insert(
                                    (now + HARD_GRACE, id),
                                    Entry {
                                        hard: true,
                                        ..entry
                                    },
                                );
                            }
                        } else if let Some((exchange, seq)) = entry.exchange {
                            if let Some((state, tid)) = &entry.slot {
                                self.overrun(state, *tid);
                            }
                            // Writing may block on a slow client: not on this thread.
                            let message = self.hard_message.clone();
                            std::thread::spawn(move || exchange.hard_stop(seq, &message));
                        }
                    }
                    continue;
                }
                Some(key) => key.0 - now,
                None => Duration::from_millis(500),
            };
            let wait = wait.min(Duration::from_millis(500));
            let wake_at = (now + wait)
                .saturating_duration_since(self.epoch)
                .as_nanos();
            self.wake_at.store(
                u64::try_from(wake_at).unwrap_or(u64::MAX),
                Ordering::Relaxed,
            );
            map = self
                .cv
                .wait_timeout(map, wait)
                .map(|(g, _)| g)
                .unwrap_or_else(|p| p.into_inner().0);
            self.wake_at.store(0, Ordering::Relaxed);
        }
    }

    /// The query is past its deadline and the watchdog answers for it: its slot is freed
    /// and its thread (which ends with the query) runs on at the lowest priority.
    fn overrun(&self, state: &AtomicU8, tid: i64) {
        if state.load(Ordering::SeqCst) != SLOT_LIVE {
            return;
        }
        deprioritize(tid);
        if self.overrun.fetch_add(1, Ordering::SeqCst) >= self.max_overrun {
            self.overrun.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        if state
            .compare_exchange(SLOT_LIVE, SLOT_OVERRUN, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            self.running.fetch_sub(1, Ordering::SeqCst);
        } else {
            self.overrun.fetch_sub(1, Ordering::SeqCst);
        }
    }

    fn cancel_all(&self) {
        for entry in lock(&self.map).values() {
            entry.token.cancel();
        }
    }

    fn wake(&self) {
        self.cv.notify_all();
    }
}

impl Deadline<'_> {
    fn token(&self) -> CancellationToken {
        self.token.clone()
    }

    fn cancelled(&self) -> bool {
        self.token.is_cancelled()
    }

    fn timed_out(&self) -> bool {
        self.token.is_cancelled() && Instant::now() >= self.key.0
    }
}

impl Drop for Deadline<'_> {
    fn drop(&mut self) {
        lock(&self.registry.map).remove(&self.key);
    }
}

// ===================================================================== prepared queries

/// A query parsed once, checked (no SERVICE) and with its dataset fixed; kept by text and
/// dataset so that a query asked again is not parsed again.
struct ParsedQuery {
    query: spargebra::Query,
    dataset: QueryDatasetSpecification,
}

/// Parsed queries by query text and dataset (least recently used ones go first). A hit
/// only takes the read lock, so requests running at the same time do not wait for each other.
struct QueryCache {
    map: RwLock<HashMap<String, (Arc<ParsedQuery>, AtomicU64)>>,
    tick: AtomicU64,
}

const QUERY_CACHE: usize = 256;
/// Longest query text kept in the cache (longer ones are parsed every time).
const QUERY_CACHE_TEXT: usize = 16 * 1024;

impl QueryCache {
    fn get(&self, key: &str) -> Option<Arc<ParsedQuery>> {
        let map = self.map.read().unwrap_or_else(|p| p.into_inner());
        map.get(key).map(|(q, used)| {
            used.store(self.tick.fetch_add(1, Ordering::Relaxed), Ordering::Relaxed);
            Arc::clone(q)
        })
    }

    fn put(&self, key: String, query: Arc<ParsedQuery>) {
        let mut map = self.map.write().unwrap_or_else(|p| p.into_inner());
        if map.len() >= QUERY_CACHE {
            if let Some(oldest) = map
                .iter()
                .min_by_key(|(_, (_, used))| used.load(Ordering::Relaxed))
                .map(|(k, _)| k.clone())
            {
                map.remove(&oldest);
            }
        }
        let tick = AtomicU64::new(self.tick.fetch_add(1, Ordering::Relaxed));
        map.insert(key, (query, tick));
    }
}

impl Server {
    /// The parsed form of a query (from the cache when it was asked before).
    fn parse_query(&self, text: &str, dataset: &Dataset) -> Result<Arc<ParsedQuery>, QueryError> {
        let cacheable = text.len() <= QUERY_CACHE_TEXT;
        let mut key = String::new();
        if cacheable {
            key.reserve(text.len() + 2);
            key.push_str(text);
            for g in &dataset.default_graphs {
                key.push('\u{0}');
                key.push_str(g);
            }
            key.push('\u{1}');
            for g in &dataset.named_graphs {
                key.push('\u{0}');
                key.push_str(g);
            }
            if let Some(q) = self.parsed.get(&key) {
                return Ok(q);
            }
        }
        let query = spargebra::SparqlParser::new()
            .parse_query(text)
            .map_err(|e| QueryError::Syntax(e.to_string()))?;
        // Checked on the algebra, so an IRI or a string that merely says "service" passes.
        if query.to_sse().contains("(service ") {
            return Err(QueryError::ServiceRefused);
        }
        let mut prepared = SparqlEvaluator::new().for_query(query.clone());
        let ds = prepared.dataset_mut();
        crate::query::apply_dataset(ds, dataset)?;
        let dataset = ds.clone();
        let parsed = Arc::new(ParsedQuery { query, dataset });
        if cacheable {
            self.parsed.put(key, Arc::clone(&parsed));
        }
        Ok(parsed)
    }

    /// Evaluates a parsed query on `store` under `token`.
    fn execute(
        &self,
        parsed: &ParsedQuery,
        store: &Store,
        token: CancellationToken,
    ) -> Result<QueryResults<'static>, QueryError> {
        let mut prepared = self
            .evaluator
            .clone()
            .with_cancellation_token(token)
            .for_query(parsed.query.clone());
        *prepared.dataset_mut() = parsed.dataset.clone();
        prepared
            .on_store(store)
            .execute()
            .map_err(query::evaluation_error)
    }
}

// ===================================================================== HTTP: requests

const POLL: Duration = Duration::from_millis(200);
const MAX_HEAD: usize = 256 * 1024;
const MAX_HEADERS: usize = 100;

struct HttpError {
    status: u16,
    message: String,
    path: String,
}

impl HttpError {
    fn new(status: u16, message: impl Into<String>) -> Self {
        HttpError {
            status,
            message: message.into(),
            path: "-".into(),
        }
    }
}

struct Request {
    method: String,
    /// Raw path, still percent-encoded.
    path: String,
    /// Raw query string (without '?').
    query: String,
    http10: bool,
    /// Lower-cased names.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    keep_alive: bool,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Query-string parameters, decoded.
    fn params(&self) -> Vec<(String, String)> {
        url::form_urlencoded::parse(self.query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    fn param(&self, name: &str) -> Option<String> {
        self.params()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    /// The path and the names (not the values) of its parameters, for the access log.
    fn log_path(&self) -> String {
        let mut s = self.path.clone();
        if !self.query.is_empty() {
            // Only the names are decoded: the values (a whole query, say) are skipped.
            s.push('?');
            for (i, pair) in self.query.split('&').filter(|p| !p.is_empty()).enumerate() {
                let name = pair.split_once('=').map_or(pair, |(k, _)| k);
                let (name, _) = url::form_urlencoded::parse(name.as_bytes())
                    .next()
                    .unwrap_or_default();
                if i > 0 {
                    s.push('&');
                }
                s.extend(name.chars().take(40));
            }
        }
        s
    }
}

struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
}

enum Fill {
    Data,
    Closed,
    Idle,
}

impl Conn {
    fn new(stream: TcpStream) -> Self {
        Conn {
            stream,
            buf: Vec::with_capacity(8192),
        }
    }

    /// Reads more bytes. While `idle` (waiting for the first byte of a request) it gives up
    /// quietly on shutdown or after the keep-alive time; otherwise after `deadline` (408).
    fn fill(
        &mut self,
        server: &Server,
        started: Instant,
        idle: bool,
        deadline: Duration,
    ) -> Result<Fill, HttpError> {
        let mut chunk = [0u8; 16 * 1024];
        loop {
            match self.stream.read(&mut chunk) {
                Ok(0) => return Ok(Fill::Closed),
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    return Ok(Fill::Data);
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    if idle {
                        if server.is_shutting_down() || started.elapsed() >= server.cfg.keep_alive {
                            return Ok(Fill::Idle);
                        }
                    } else if started.elapsed() >= deadline {
                        return Err(HttpError::new(408, "request timeout"));
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return Ok(Fill::Closed),
            }
        }
    }

    fn read_request(&mut self, server: &Server) -> Result<Option<Request>, HttpError> {
        let started = Instant::now();
        let limit = server.cfg.io_timeout;
        // The head.
        // Where the search for the end of the head resumes: a head that trickles in byte
        // by byte is not rescanned from the start each time.
        let mut scanned = 0;
        let head_end = loop {
            // Leading empty lines are allowed before a request line.
            let skip = self
                .buf
                .iter()
                .take_while(|b| **b == b'\r' || **b == b'\n')
                .count();
            if skip > 0 {
                self.buf.drain(..skip);
                scanned = 0;
            }
            if let Some(end) = find_head_end(&self.buf, scanned) {
                break end;
            }
            scanned = self.buf.len().saturating_sub(3);
            if self.buf.len() > MAX_HEAD {
                return Err(HttpError::new(431, "request head too large"));
            }
            let idle = self.buf.is_empty();
            match self.fill(server, started, idle, limit)? {
                Fill::Data => {}
                Fill::Idle => return Ok(None),
                Fill::Closed if self.buf.is_empty() => return Ok(None),
                Fill::Closed => return Err(HttpError::new(400, "incomplete request")),
            }
        };
        let (head_len, body_start) = head_end;
        let head = match std::str::from_utf8(&self.buf[..head_len]) {
            Ok(h) => h.to_string(),
            Err(_) => String::from_utf8_lossy(&self.buf[..head_len]).into_owned(),
        };
        self.buf.drain(..body_start);
        let mut lines = head.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
        let request_line = lines.next().unwrap_or_default();
        let mut parts = request_line.split(' ');
        let (method, target, version) =
            match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(m), Some(t), Some(v), None) if !m.is_empty() && !t.is_empty() => (m, t, v),
                _ => return Err(HttpError::new(400, "malformed request line")),
            };
        if !method.bytes().all(is_token_byte) {
            return Err(HttpError::new(400, "malformed method"));
        }
        let http10 = match version {
            "HTTP/1.1" => false,
            "HTTP/1.0" => true,
            v if v.starts_with("HTTP/") => {
                return Err(HttpError::new(505, "HTTP version not supported"))
            }
            _ => return Err(HttpError::new(400, "malformed request line")),
        };
        // origin-form, or absolute-form (http://host/path).
        let target = if let Some(rest) = target
            .strip_prefix("http://")
            .or_else(|| target.strip_prefix("https://"))
        {
            match rest.find('/') {
                Some(i) => &rest[i..],
                None => "/",
            }
        } else {
            target
        };
        if !target.starts_with('/') {
            return Err(HttpError::new(400, "malformed request target"));
        }
        let (path, query) = match target.split_once('?') {
            Some((p, q)) => (p, q),
            None => (target, ""),
        };
        let path = path.split('#').next().unwrap_or(path).to_string();
        let query = query.split('#').next().unwrap_or(query).to_string();
        let mut headers = Vec::new();
        for line in lines {
            if line.is_empty() {
                continue;
            }
            if line.starts_with(' ') || line.starts_with('\t') {
                return Err(HttpError::new(400, "folded header lines are not accepted"));
            }
            let Some((name, value)) = line.split_once(':') else {
                return Err(HttpError::new(400, "malformed header line"));
            };
            if name.is_empty() || !name.bytes().all(is_token_byte) {
                return Err(HttpError::new(400, "malformed header name"));
            }
            headers.push((name.to_ascii_lowercase(), value.trim().to_string()));
            if headers.len() > MAX_HEADERS {
                return Err(HttpError::new(431, "too many header fields"));
            }
        }
        let mut request = Request {
            method: method.to_string(),
            path,
            query,
            http10,
            headers,
            body: Vec::new(),
            keep_alive: false,
        };
        let connection = request
            .header("connection")
            .unwrap_or("")
            .to_ascii_lowercase();
        request.keep_alive = if http10 {
            connection.split(',').any(|t| t.trim() == "keep-alive")
        } else {
            !connection.split(',').any(|t| t.trim() == "close")
        };
        let err = |status: u16, msg: &str, request: &Request| HttpError {
            status,
            message: msg.to_string(),
            path: request.log_path(),
        };
        if !http10 && request.header("host").is_none() {
            return Err(err(400, "missing Host header", &request));
        }
        // The body.
        let chunked = match request.header("transfer-encoding") {
            None => false,
            Some(te) => {
                if request.header("content-length").is_some() {
                    return Err(err(
                        400,
                        "both Transfer-Encoding and Content-Length",
                        &request,
                    ));
                }
                if te.to_ascii_lowercase().trim() != "chunked" {
                    return Err(err(
                        501,
                        "only the chunked transfer coding is supported",
                        &request,
                    ));
                }
                true
            }
        };
        let length = match request.header("content-length") {
            None => 0,
            Some(v) => {
                let mut values = v.split(',').map(str::trim);
                let first = values.next().unwrap_or_default();
                if values.any(|x| x != first)
                    || first.is_empty()
                    || !first.bytes().all(|b| b.is_ascii_digit())
                {
                    return Err(err(400, "malformed Content-Length", &request));
                }
                match first.parse::<usize>() {
                    Ok(n) => n,
                    Err(_) => usize::MAX,
                }
            }
        };
        let max = server.cfg.max_body;
        if length > max {
            return Err(err(
                413,
                &format!("request body too large (the limit is {max} bytes)"),
                &request,
            ));
        }
        if (chunked || length > 0)
            && request
                .header("expect")
                .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
        {
            let _ = (&self.stream).write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
        }
        if chunked {
            request.body = self
                .read_chunked(server, started, max)
                .map_err(|e| HttpError {
                    path: request.log_path(),
                    ..e
                })?;
        } else {
            while self.buf.len() < length {
                match self.fill(server, started, false, limit) {
                    Ok(Fill::Data) => {}
                    Ok(_) => return Err(err(400, "incomplete request body", &request)),
                    Err(e) => {
                        return Err(HttpError {
                            path: request.log_path(),
                            ..e
                        })
                    }
                }
            }
            request.body = self.buf.drain(..length).collect();
        }
        Ok(Some(request))
    }

    fn read_line(&mut self, server: &Server, started: Instant) -> Result<String, HttpError> {
        loop {
            if let Some(i) = self.buf.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = self.buf.drain(..=i).collect();
                let line = String::from_utf8_lossy(&line);
                return Ok(line.trim_end_matches(['\r', '\n']).to_string());
            }
            if self.buf.len() > 4096 {
                return Err(HttpError::new(400, "malformed chunked body"));
            }
            match self.fill(server, started, false, server.cfg.io_timeout)? {
                Fill::Data => {}
                _ => return Err(HttpError::new(400, "incomplete chunked body")),
            }
        }
    }

    fn read_chunked(
        &mut self,
        server: &Server,
        started: Instant,
        max: usize,
    ) -> Result<Vec<u8>, HttpError> {
        let mut body = Vec::new();
        loop {
            let line = self.read_line(server, started)?;
            let size = line.split(';').next().unwrap_or_default().trim();
            let size = usize::from_str_radix(size, 16)
                .map_err(|_| HttpError::new(400, "malformed chunk size"))?;
            if size == 0 {
                // Trailer fields, up to the empty line.
                loop {
                    if self.read_line(server, started)?.is_empty() {
                        return Ok(body);
                    }
                }
            }
            if body.len().saturating_add(size) > max {
                return Err(HttpError::new(
                    413,
                    format!("request body too large (the limit is {max} bytes)"),
                ));
            }
            while self.buf.len() < size + 2 {
                match self.fill(server, started, false, server.cfg.io_timeout)? {
                    Fill::Data => {}
                    _ => return Err(HttpError::new(400, "incomplete chunked body")),
                }
            }
            body.extend(self.buf.drain(..size));
            let crlf: Vec<u8> = self.buf.drain(..2).collect();
            if crlf != b"\r\n" {
                return Err(HttpError::new(400, "malformed chunked body"));
            }
        }
    }
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// (end of the head text, start of the body) when the buffer holds a whole head; the
/// search starts at `from`.
fn find_head_end(buf: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < buf.len() {
        if buf[i] == b'\n' {
            if buf.get(i + 1) == Some(&b'\n') {
                return Some((i, i + 2));
            }
            if buf.get(i + 1) == Some(&b'\r') && buf.get(i + 2) == Some(&b'\n') {
                return Some((i, i + 3));
            }
        }
        i += 1;
    }
    None
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

// ===================================================================== HTTP: responses

fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        204 => "No Content",
        304 => "Not Modified",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Status",
    }
}

/// RFC 9110 IMF-fixdate.
fn http_date(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (year, month, day) = crate::civil_from_days(days);
    const WD: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MON: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        WD[days.rem_euclid(7) as usize],
        day,
        MON[(month - 1) as usize],
        year,
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

type Headers<'a> = &'a [(&'a str, &'a str)];

struct Responder<'s> {
    stream: &'s TcpStream,
    exchange: &'s Arc<Exchange>,
    seq: u64,
    head_only: bool,
    http10: bool,
    /// The connection is closed after this response.
    close: bool,
    status: u16,
    sent: bool,
}

impl<'s> Responder<'s> {
    fn new(
        stream: &'s TcpStream,
        exchange: &'s Arc<Exchange>,
        seq: u64,
        head_only: bool,
        close: bool,
        http10: bool,
    ) -> Self {
        Responder {
            stream,
            exchange,
            seq,
            head_only,
            http10,
            close,
            status: 0,
            sent: false,
        }
    }

    fn head(
        &mut self,
        status: u16,
        content_type: &str,
        length: Option<usize>,
        headers: Headers<'_>,
    ) -> String {
        self.status = status;
        self.sent = true;
        let mut h = String::with_capacity(256);
        let _ = write!(
            h,
            "HTTP/1.1 {status} {}\r\nDate: {}\r\nServer: jiandu/{}\r\n",
            reason(status),
            http_date(SystemTime::now()),
            env!("CARGO_PKG_VERSION")
        );
        if !content_type.is_empty() {
            let _ = write!(h, "Content-Type: {content_type}\r\n");
        }
        h.push_str("X-Content-Type-Options: nosniff\r\n");
        for (k, v) in headers {
            let _ = write!(h, "{k}: {v}\r\n");
        }
        match length {
            // 204 and 304 have no body and no Content-Length.
            Some(_) if status == 204 || status == 304 => {}
            Some(n) => {
                let _ = write!(h, "Content-Length: {n}\r\n");
            }
            None if self.http10 => self.close = true,
            None => h.push_str("Transfer-Encoding: chunked\r\n"),
        }
        if self.close {
            h.push_str("Connection: close\r\n");
        } else if self.http10 {
            h.push_str("Connection: keep-alive\r\n");
        }
        h.push_str("\r\n");
        h
    }

    /// What the watchdog needs to answer in this request's place.
    fn hard_stop_handle(&self) -> Option<(Arc<Exchange>, u64)> {
        Some((Arc::clone(self.exchange), self.seq))
    }

    /// Every byte of a response goes through here.
    fn write_out(&mut self, bytes: &[u8]) -> io::Result<()> {
        if !self.exchange.claim(self.seq) {
            self.close = true;
            return Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the watchdog answered this request",
            ));
        }
        let r = (&*self.stream).write_all(bytes);
        if r.is_err() {
            self.close = true;
        }
        r
    }

    /// A whole response with a known body.
    fn send(
        &mut self,
        status: u16,
        content_type: &str,
        body: &[u8],
        headers: Headers<'_>,
    ) -> io::Result<()> {
        let head = self.head(status, content_type, Some(body.len()), headers);
        let mut out = Vec::with_capacity(head.len() + body.len());
        out.extend_from_slice(head.as_bytes());
        if !self.head_only {
            out.extend_from_slice(body);
        }
        self.write_out(&out)
    }

    fn text(&mut self, status: u16, message: &str, headers: Headers<'_>) -> io::Result<()> {
        let mut body = message.to_string();
        if !body.ends_with('\n') {
            body.push('\n');
        }
        self.send(
            status,
            "text/plain; charset=utf-8",
            body.as_bytes(),
            headers,
        )
    }

    fn json(&mut self, body: &[u8]) -> io::Result<()> {
        self.send(
            200,
            "application/json; charset=utf-8",
            body,
            &[("Cache-Control", "no-cache")],
        )
    }
}

/// A response body written as it is produced: the first `BUFFER` bytes are held back, so a
/// small result goes out with a Content-Length and an error found early can still become a
/// proper error response; past that it is sent chunked.
struct BodyWriter<'r, 's> {
    resp: &'r mut Responder<'s>,
    status: u16,
    content_type: String,
    headers: Vec<(String, String)>,
    buf: Vec<u8>,
    streaming: bool,
    failed: bool,
}

const BUFFER: usize = 64 * 1024;

impl<'r, 's> BodyWriter<'r, 's> {
    fn new(
        resp: &'r mut Responder<'s>,
        status: u16,
        content_type: &str,
        headers: Vec<(String, String)>,
    ) -> Self {
        BodyWriter {
            resp,
            status,
            content_type: content_type.to_string(),
            headers,
            buf: Vec::with_capacity(8192),
            streaming: false,
            failed: false,
        }
    }

    fn started(&self) -> bool {
        self.streaming
    }

    fn push_chunk(&mut self) -> io::Result<()> {
        if self.failed {
            return Err(io::Error::new(io::ErrorKind::BrokenPipe, "client gone"));
        }
        let mut out = Vec::with_capacity(self.buf.len() + 512);
        if !self.streaming {
            let headers: Vec<(&str, &str)> = self
                .headers
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let head = self
                .resp
                .head(self.status, &self.content_type, None, &headers);
            out.extend_from_slice(head.as_bytes());
            self.streaming = true;
        }
        if !self.resp.head_only && !self.buf.is_empty() {
            if self.resp.http10 {
                out.extend_from_slice(&self.buf);
            } else {
                let _ = write!(out, "{:x}\r\n", self.buf.len());
                out.extend_from_slice(&self.buf);
                out.extend_from_slice(b"\r\n");
            }
        }
        self.buf.clear();
        let r = self.resp.write_out(&out);
        if r.is_err() {
            self.failed = true;
        }
        r
    }

    /// Ends the body normally.
    fn finish(mut self) -> io::Result<()> {
        if !self.streaming {
            let headers: Vec<(&str, &str)> = self
                .headers
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let body = std::mem::take(&mut self.buf);
            let status = self.status;
            let ct = self.content_type.clone();
            return self.resp.send(status, &ct, &body, &headers);
        }
        self.push_chunk()?;
        if !self.resp.head_only && !self.resp.http10 {
            return self.resp.write_out(b"0\r\n\r\n");
        }
        Ok(())
    }

    /// Ends a body that has started streaming without its terminating chunk and closes the
    /// connection, so the client sees an incomplete response rather than a short one.
    fn abort(self) {
        self.resp.close = true;
        let _ = self.resp.stream.shutdown(Shutdown::Both);
    }
}

impl Write for BodyWriter<'_, '_> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.failed {
            return Err(io::Error::new(io::ErrorKind::BrokenPipe, "client gone"));
        }
        self.buf.extend_from_slice(data);
        if self.buf.len() >= BUFFER {
            self.push_chunk()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

// ===================================================================== formats

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormatKind {
    Results(QueryResultsFormat),
    Rdf(RdfFormat),
}

#[derive(Debug, Clone, Copy)]
struct Format {
    media: &'static str,
    aliases: &'static [&'static str],
    names: &'static [&'static str],
    kind: FormatKind,
}

impl Format {
    fn content_type(&self) -> String {
        if self.media.starts_with("text/") {
            format!("{}; charset=utf-8", self.media)
        } else {
            self.media.to_string()
        }
    }
}

/// SELECT and ASK results, in order of preference (the first is the default).
const RESULT_FORMATS: &[Format] = &[
    Format {
        media: "application/sparql-results+json",
        aliases: &["application/json"],
        names: &["json", "srj"],
        kind: FormatKind::Results(QueryResultsFormat::Json),
    },
    Format {
        media: "application/sparql-results+xml",
        aliases: &["application/xml", "text/xml"],
        names: &["xml", "srx"],
        kind: FormatKind::Results(QueryResultsFormat::Xml),
    },
    Format {
        media: "text/csv",
        aliases: &[],
        names: &["csv"],
        kind: FormatKind::Results(QueryResultsFormat::Csv),
    },
    Format {
        media: "text/tab-separated-values",
        aliases: &[],
        names: &["tsv"],
        kind: FormatKind::Results(QueryResultsFormat::Tsv),
    },
];

/// CONSTRUCT and DESCRIBE results (and RDF documents), in order of preference.
const GRAPH_FORMATS: &[Format] = &[
    Format {
        media: "text/turtle",
        aliases: &["application/x-turtle"],
        names: &["ttl", "turtle"],
        kind: FormatKind::Rdf(RdfFormat::Turtle),
    },
    Format {
        media: "application/n-triples",
        aliases: &[],
        names: &["nt", "ntriples", "n-triples"],
        kind: FormatKind::Rdf(RdfFormat::NTriples),
    },
    Format {
        media: "application/n-quads",
        aliases: &[],
        names: &["nq", "nquads", "n-quads"],
        kind: FormatKind::Rdf(RdfFormat::NQuads),
    },
    Format {
        media: "application/rdf+xml",
        aliases: &["application/xml", "text/xml"],
        names: &["rdfxml", "rdf", "xml", "owl"],
        kind: FormatKind::Rdf(RdfFormat::RdfXml),
    },
];

struct MediaRange {
    ty: String,
    sub: String,
    q: f32,
}

fn parse_accept(header: &str) -> Vec<MediaRange> {
    let mut out = Vec::new();
    for item in header.split(',') {
        let mut parts = item.split(';');
        let media = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let Some((ty, sub)) = media.split_once('/') else {
            continue;
        };
        let (ty, sub) = (ty.trim(), sub.trim());
        if ty.is_empty() || sub.is_empty() || (ty == "*" && sub != "*") {
            continue;
        }
        let mut q = 1.0f32;
        for p in parts {
            if let Some((k, v)) = p.split_once('=') {
                if k.trim().eq_ignore_ascii_case("q") {
                    q = v.trim().parse::<f32>().unwrap_or(0.0).clamp(0.0, 1.0);
                }
            }
        }
        out.push(MediaRange {
            ty: ty.to_string(),
            sub: sub.to_string(),
            q,
        });
    }
    out
}

/// The quality the client gives to one media type: that of the most specific matching range.
fn quality(ranges: &[MediaRange], media: &str) -> f32 {
    let (ty, sub) = media.split_once('/').unwrap_or((media, ""));
    let mut best: Option<(u8, f32)> = None;
    for r in ranges {
        let specificity = if r.ty == ty && r.sub == sub {
            3
        } else if r.ty == ty && r.sub == "*" {
            2
        } else if r.ty == "*" && r.sub == "*" {
            1
        } else {
            continue;
        };
        best = match best {
            Some((s, q)) if s > specificity || (s == specificity && q >= r.q) => Some((s, q)),
            _ => Some((specificity, r.q)),
        };
    }
    best.map_or(0.0, |(_, q)| q)
}

/// Picks a format from the Accept header (none or empty: the first one).
fn negotiate(accept: Option<&str>, candidates: &[Format]) -> Option<Format> {
    let ranges = match accept {
        Some(a) if !a.trim().is_empty() => parse_accept(a),
        _ => return candidates.first().copied(),
    };
    if ranges.is_empty() {
        return candidates.first().copied();
    }
    let mut best: Option<(f32, Format)> = None;
    for f in candidates {
        // Wildcards match the canonical media type; aliases only when named exactly.
        let q = f
            .aliases
            .iter()
            .filter_map(|alias| {
                ranges
                    .iter()
                    .filter(|r| format!("{}/{}", r.ty, r.sub) == *alias)
                    .map(|r| r.q)
                    .reduce(f32::max)
            })
            .fold(quality(&ranges, f.media), f32::max);
        if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, *f));
        }
    }
    best.map(|(_, f)| f)
}

/// A `format=` (or `output=`) override: a short name or a media type.
fn format_by_name(value: &str, candidates: &[Format]) -> Option<Format> {
    let v = value.trim().to_ascii_lowercase();
    let v = v.split(';').next().unwrap_or_default().trim();
    candidates
        .iter()
        .find(|f| f.names.contains(&v) || f.media == v || f.aliases.contains(&v))
        .copied()
}

fn format_names(candidates: &[Format]) -> String {
    candidates
        .iter()
        .map(|f| format!("{} ({})", f.names[0], f.media))
        .collect::<Vec<_>>()
        .join(", ")
}

// ===================================================================== routing

#[derive(Default)]
struct Info {
    rows: Option<usize>,
    note: String,
}

impl Info {
    fn rows(n: usize) -> Self {
        Info {
            rows: Some(n),
            note: String::new(),
        }
    }
}

const GET_ONLY: &[(&str, &str)] = &[("Allow", "GET, HEAD")];
const HTML_HEADERS: &[(&str, &str)] = &[
    ("Cache-Control", "no-cache"),
    (
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    ),
    ("Referrer-Policy", "no-referrer"),
];

fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or_default()
    } else {
        host.rsplit_once(':').map_or(host, |(h, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                h
            } else {
                host
            }
        })
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl Server {
    fn handle(&self, req: &Request, resp: &mut Responder<'_>) -> Info {
        if self.cfg.loopback_only_hosts {
            if let Some(host) = req.header("host") {
                if !is_loopback_host(host) {
                    let _ = resp.text(
                        421,
                        "this server answers requests for localhost only (start it with --any-host to change that)",
                        &[],
                    );
                    return Info::default();
                }
            }
        }
        let Some(path) = percent_decode(&req.path) else {
            let _ = resp.text(400, "malformed percent-encoding in the path", &[]);
            return Info::default();
        };
        let get_like = req.method == "GET" || req.method == "HEAD";
        match path.as_str() {
            "/sparql" => return self.sparql(req, resp),
            "/store" | "/data" => return self.graph_store(req, resp),
            _ => {}
        }
        let known = path == "/"
            || path == "/index.html"
            || path == "/queries"
            || path == "/search"
            || path == "/entity"
            || path == "/entity.css"
            || path == "/export.dot"
            || path.starts_with("/queries/")
            || static_file(&path).is_some();
        if !known {
            let _ = resp.text(404, &format!("nothing at {path}"), &[]);
            return Info::default();
        }
        if !get_like {
            let _ = resp.text(
                405,
                &format!("{} is not allowed on {path}", req.method),
                GET_ONLY,
            );
            return Info::default();
        }
        match path.as_str() {
            "/" | "/index.html" => self.static_file(req, resp, "/static/index.html"),
            "/queries" => {
                let _ = resp.json(&self.named_json);
                Info::rows(self.named.len())
            }
            "/search" => self.search(req, resp),
            "/entity" => self.entity(req, resp),
            "/entity.css" => {
                let _ = resp.send(
                    200,
                    "text/css; charset=utf-8",
                    ENTITY_CSS.as_bytes(),
                    &[("Cache-Control", "no-cache")],
                );
                Info::default()
            }
            "/export.dot" => self.export_dot(req, resp),
            p if p.starts_with("/queries/") => self.named_query(req, resp, &p["/queries/".len()..]),
            p => self.static_file(req, resp, p),
        }
    }

    fn static_file(&self, req: &Request, resp: &mut Responder<'_>, path: &str) -> Info {
        let Some(file) = static_file(path) else {
            let _ = resp.text(404, &format!("nothing at {path}"), &[]);
            return Info::default();
        };
        let etag = static_etag(file);
        if req
            .header("if-none-match")
            .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
        {
            let _ = resp.send(
                304,
                "",
                b"",
                &[("ETag", &etag), ("Cache-Control", "no-cache")],
            );
            return Info::default();
        }
        let mut headers = vec![("ETag", etag.as_str()), ("Cache-Control", "no-cache")];
        if file.content_type.starts_with("text/html") {
            headers.push(("Referrer-Policy", "no-referrer"));
        }
        let _ = resp.send(200, file.content_type, file.body, &headers);
        Info::default()
    }

    // ----------------------------------------------------------------- /sparql

    fn sparql(&self, req: &Request, resp: &mut Responder<'_>) -> Info {
        const ALLOW: &[(&str, &str)] = &[("Allow", "GET, HEAD, POST")];
        let url_params = req.params();
        // The parameters, and the body when it is the query or update itself
        // (is_update, text).
        type Params = Vec<(String, String)>;
        let (params, body_text): (Params, Option<(bool, String)>) = match req.method.as_str() {
            "GET" | "HEAD" => (url_params, None),
            "POST" => {
                let ct = req
                    .header("content-type")
                    .unwrap_or("")
                    .split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase();
                match ct.as_str() {
                    "application/x-www-form-urlencoded" => {
                        let mut all: Vec<(String, String)> = url::form_urlencoded::parse(&req.body)
                            .map(|(k, v)| (k.into_owned(), v.into_owned()))
                            .collect();
                        all.extend(url_params);
                        (all, None)
                    }
                    "application/sparql-query" | "application/sparql-update" => {
                        let Ok(text) = String::from_utf8(req.body.clone()) else {
                            let _ = resp.text(400, "the body is not UTF-8", &[]);
                            return Info::default();
                        };
                        (url_params, Some((ct == "application/sparql-update", text)))
                    }
                    "" => {
                        let _ = resp.text(
                                400,
                                "a POST to /sparql needs a Content-Type: application/x-www-form-urlencoded, application/sparql-query or application/sparql-update",
                                &[],
                            );
                        return Info::default();
                    }
                    other => {
                        let _ = resp.text(
                                415,
                                &format!("unsupported Content-Type {other:?} (use application/x-www-form-urlencoded, application/sparql-query or application/sparql-update)"),
                                &[],
                            );
                        return Info::default();
                    }
                }
            }
            m => {
                let _ = resp.text(405, &format!("{m} is not allowed on /sparql"), ALLOW);
                return Info::default();
            }
        };
        let values = |name: &str| -> Vec<String> {
            params
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .collect()
        };
        let format = values("format").pop().or_else(|| values("output").pop());
        let (is_update, text) = match body_text {
            Some(x) => x,
            None => {
                let queries = values("query");
                let updates = values("update");
                match (queries.len(), updates.len()) {
                    (0, 0) if req.method != "POST" => return self.service_description(req, resp),
                    (1, 0) => (false, queries.into_iter().next().unwrap_or_default()),
                    (0, 1) if req.method == "POST" => {
                        (true, updates.into_iter().next().unwrap_or_default())
                    }
                    (0, 1) => {
                        let _ = resp.text(405, "SPARQL updates must be sent with POST", ALLOW);
                        return Info::default();
                    }
                    (0, 0) => {
                        let _ = resp.text(400, "no query= or update= parameter", &[]);
                        return Info::default();
                    }
                    _ => {
                        let _ = resp.text(400, "give exactly one query= or update= parameter", &[]);
                        return Info::default();
                    }
                }
            }
        };
        if is_update {
            let using = Dataset {
                default_graphs: values("using-graph-uri"),
                named_graphs: values("using-named-graph-uri"),
            };
            return self.run_update(req, resp, &text, &using);
        }
        let dataset = Dataset {
            default_graphs: values("default-graph-uri"),
            named_graphs: values("named-graph-uri"),
        };
        self.run_query(req, resp, &text, &dataset, format.as_deref())
    }

    fn busy(&self, resp: &mut Responder<'_>) -> Info {
        let _ = resp.text(
            503,
            &format!(
                "too many queries running (the limit is {}, --max-concurrent-queries); try again",
                self.cfg.max_queries
            ),
            &[("Retry-After", "1")],
        );
        Info {
            rows: None,
            note: "busy".into(),
        }
    }

    fn timeout_message(&self) -> String {
        format!(
            "query cancelled: it ran longer than {} s (--timeout)",
            self.cfg.timeout.as_secs_f64()
        )
    }

    /// Status and message for a query that failed before any output was sent.
    fn query_error_status(&self, e: &QueryError, deadline: Option<&Deadline<'_>>) -> (u16, String) {
        match e {
            QueryError::Syntax(m) => (400, m.clone()),
            QueryError::ServiceRefused => (
                403,
                "federated SERVICE calls are disabled on this server".to_string(),
            ),
            QueryError::Timeout(_) if deadline.is_none_or(Deadline::timed_out) => {
                (503, self.timeout_message())
            }
            QueryError::Timeout(_) => (503, "query cancelled: the server is shutting down".into()),
            QueryError::Evaluation(m) => (500, format!("query evaluation failed: {m}")),
            QueryError::UnknownParam { .. } | QueryError::BadParam(_) => (400, e.to_string()),
            other => (500, other.to_string()),
        }
    }

    fn run_query(
        &self,
        req: &Request,
        resp: &mut Responder<'_>,
        text: &str,
        dataset: &Dataset,
        format: Option<&str>,
    ) -> Info {
        if text.len() > self.cfg.max_query_length {
            let _ = resp.text(
                413,
                &format!(
                    "query too long: {} bytes (the limit is {}, --max-query-length)",
                    text.len(),
                    self.cfg.max_query_length
                ),
                &[],
            );
            return Info::default();
        }
        let Some(slot) = self.query_slot() else {
            return self.busy(resp);
        };
        let parsed = match self.parse_query(text, dataset) {
            Ok(p) => p,
            Err(e) => {
                drop(slot);
                let (status, msg) = self.query_error_status(&e, None);
                let _ = resp.text(status, &msg, &[]);
                return Info::default();
            }
        };
        let deadline = self
            .queries
            .register(self.cfg.timeout, resp.hard_stop_handle(), &slot);
        let store = self.store();
        let results = match self.execute(&parsed, &store, deadline.token()) {
            Ok(r) => r,
            Err(e) => {
                let (status, msg) = self.query_error_status(&e, Some(&deadline));
                // Free the slot before answering: the client may ask again at once.
                drop(deadline);
                drop(slot);
                let _ = resp.text(status, &msg, &[]);
                return Info::default();
            }
        };
        let (candidates, kind) = match &results {
            QueryResults::Solutions(_) => (RESULT_FORMATS, "SELECT"),
            QueryResults::Boolean(_) => (RESULT_FORMATS, "ASK"),
            QueryResults::Graph(_) => (GRAPH_FORMATS, "CONSTRUCT/DESCRIBE"),
        };
        let chosen = match format {
            Some(name) => format_by_name(name, candidates).ok_or_else(|| {
                format!(
                    "format {name:?} does not fit a {kind} result; use one of: {}",
                    format_names(candidates)
                )
            }),
            None => negotiate(req.header("accept"), candidates).ok_or_else(|| {
                format!(
                    "none of the accepted media types fits a {kind} result; available: {}",
                    format_names(candidates)
                )
            }),
        };
        let chosen = match chosen {
            Ok(f) => f,
            Err(msg) => {
                let _ = resp.text(406, &msg, &[("Vary", "Accept")]);
                return Info::default();
            }
        };
        self.stream_results(resp, results, chosen, &deadline, slot)
    }

    fn stream_results(
        &self,
        resp: &mut Responder<'_>,
        results: QueryResults<'_>,
        format: Format,
        deadline: &Deadline<'_>,
        slot: QuerySlot<'_>,
    ) -> Info {
        let max_rows = self.cfg.max_rows;
        let limit_header = max_rows.to_string();
        let mut w = BodyWriter::new(
            resp,
            200,
            &format.content_type(),
            vec![
                ("Vary".into(), "Accept".into()),
                ("Cache-Control".into(), "no-cache".into()),
                ("X-Jiandu-Row-Limit".into(), limit_header),
            ],
        );
        let mut rows = 0usize;
        let mut truncated = false;
        // Err(Some(e)): the query failed; Err(None): the client went away.
        let outcome: Result<(), Option<QueryError>> = (|| {
            match (results, format.kind) {
                (QueryResults::Solutions(solutions), FormatKind::Results(f)) => {
                    let variables = solutions.variables().to_vec();
                    let mut ser = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut w, variables)
                        .map_err(|_| None)?;
                    for s in solutions {
                        if rows >= max_rows {
                            truncated = true;
                            break;
                        }
                        // Oxigraph checks the token when it reads the store; stages that
                        // only compute (joins of data already read) are checked here.
                        if deadline.cancelled() {
                            return Err(Some(QueryError::Timeout(Duration::ZERO)));
                        }
                        let s = s.map_err(|e| Some(query::evaluation_error(e)))?;
                        ser.serialize(&s).map_err(|_| None)?;
                        rows += 1;
                    }
                    ser.finish().map_err(|_| None)?;
                }
                (QueryResults::Boolean(b), FormatKind::Results(f)) => {
                    QueryResultsSerializer::from_format(f)
                        .serialize_boolean_to_writer(&mut w, b)
                        .map_err(|_| None)?;
                    rows = 1;
                }
                (QueryResults::Graph(triples), FormatKind::Rdf(f)) => {
                    let mut ser = RdfSerializer::from_format(f);
                    if matches!(f, RdfFormat::Turtle | RdfFormat::TriG | RdfFormat::RdfXml) {
                        for (p, iri) in query::PREFIXES {
                            ser = ser.with_prefix(*p, *iri).map_err(|_| None)?;
                        }
                    }
                    let mut ser = ser.for_writer(&mut w);
                    for t in triples {
                        if rows >= max_rows {
                            truncated = true;
                            break;
                        }
                        if deadline.cancelled() {
                            return Err(Some(QueryError::Timeout(Duration::ZERO)));
                        }
                        let t = t.map_err(|e| Some(query::evaluation_error(e)))?;
                        ser.serialize_triple(&t).map_err(|_| None)?;
                        rows += 1;
                    }
                    ser.finish().map_err(|_| None)?;
                }
                _ => {
                    return Err(Some(QueryError::Evaluation(
                        "result and format do not match".into(),
                    )))
                }
            }
            Ok(())
        })();
        let mut info = Info::rows(rows);
        if truncated {
            info.note = format!("truncated at --max-rows {max_rows}");
        }
        // The query is done: free its slot before the last bytes go out, so a client that
        // sends its next request as soon as it has this answer finds the slot free.
        drop(slot);
        match outcome {
            Ok(()) => {
                let _ = w.finish();
            }
            Err(Some(e)) => {
                let (status, msg) = self.query_error_status(&e, Some(deadline));
                info.note = msg.clone();
                if w.started() {
                    // Headers are out: cut the response so the client sees it is incomplete.
                    w.abort();
                    info.note = format!("aborted after {rows} rows: {msg}");
                } else {
                    drop(w);
                    let _ = resp.text(status, &msg, &[]);
                }
            }
            Err(None) => {
                w.abort();
                info.note = "client went away".into();
            }
        }
        info
    }

    fn service_description(&self, req: &Request, resp: &mut Responder<'_>) -> Info {
        let host = req
            .header("host")
            .filter(|h| {
                !h.is_empty()
                    && h.len() < 256
                    && h.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b".-:[]_".contains(&b))
            })
            .map_or_else(|| self.local.to_string(), str::to_string);
        let endpoint = NamedNode::new(format!("http://{host}/sparql"))
            .unwrap_or_else(|_| NamedNode::new_unchecked(format!("http://{}/sparql", self.local)));
        let mut languages = String::from("sd:SPARQL11Query");
        if self.cfg.allow_update {
            languages.push_str(", sd:SPARQL11Update");
        }
        let ttl = format!(
            "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .
@prefix dcterms: <http://purl.org/dc/terms/> .

[] a sd:Service ;
    dcterms:title \"jiandu 监督 SPARQL endpoint\"@zh ;
    sd:endpoint {endpoint} ;
    sd:supportedLanguage {languages} ;
    sd:resultFormat formats:SPARQL_Results_JSON , formats:SPARQL_Results_XML ,
        formats:SPARQL_Results_CSV , formats:SPARQL_Results_TSV ,
        formats:Turtle , formats:N-Triples , formats:N-Quads , formats:RDF_XML ;
    sd:feature sd:UnionDefaultGraph ;
    sd:defaultDataset [
        a sd:Dataset ;
        sd:defaultGraph [ a sd:Graph ]
    ] .
"
        );
        let format = match req.param("format").or_else(|| req.param("output")) {
            Some(name) => format_by_name(&name, GRAPH_FORMATS),
            None => negotiate(req.header("accept"), GRAPH_FORMATS),
        };
        let Some(format) = format else {
            let _ = resp.text(
                406,
                &format!(
                    "the service description is available as {}",
                    format_names(GRAPH_FORMATS)
                ),
                &[("Vary", "Accept")],
            );
            return Info::default();
        };
        let FormatKind::Rdf(rdf_format) = format.kind else {
            return Info::default();
        };
        let body = if rdf_format == RdfFormat::Turtle {
            ttl.into_bytes()
        } else {
            let mut ser = RdfSerializer::from_format(rdf_format).for_writer(Vec::new());
            for q in RdfParser::from_format(RdfFormat::Turtle).for_slice(ttl.as_bytes()) {
                match q {
                    Ok(q) => {
                        let _ = ser.serialize_quad(&q);
                    }
                    Err(e) => {
                        let _ = resp.text(500, &format!("service description: {e}"), &[]);
                        return Info::default();
                    }
                }
            }
            ser.finish().unwrap_or_default()
        };
        let _ = resp.send(
            200,
            &format.content_type(),
            &body,
            &[("Vary", "Accept"), ("Cache-Control", "no-cache")],
        );
        Info::default()
    }

    // ----------------------------------------------------------------- updates

    fn authorized(&self, req: &Request) -> Result<(), &'static str> {
        if !self.cfg.allow_update {
            return Err("updates are disabled: this server is read-only (start it with --allow-update --token TOKEN)");
        }
        let Some(expected) = &self.cfg.token_digest else {
            return Err("updates are disabled: no --token was given");
        };
        let given = req
            .header("authorization")
            .and_then(|h| {
                let (scheme, value) = h.split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then(|| value.trim())
            })
            .ok_or("updates need an Authorization: Bearer TOKEN header")?;
        if constant_time_eq(&digest(given.as_bytes()), expected) {
            Ok(())
        } else {
            Err("wrong bearer token")
        }
    }

    fn run_update(
        &self,
        req: &Request,
        resp: &mut Responder<'_>,
        text: &str,
        using: &Dataset,
    ) -> Info {
        if let Err(msg) = self.authorized(req) {
            let _ = resp.text(403, msg, &[]);
            return Info::default();
        }
        if text.len() > self.cfg.max_query_length {
            let _ = resp.text(
                413,
                &format!(
                    "update too long: {} bytes (the limit is {}, --max-query-length)",
                    text.len(),
                    self.cfg.max_query_length
                ),
                &[],
            );
            return Info::default();
        }
        let parsed = match spargebra::SparqlParser::new().parse_update(text) {
            Ok(u) => u,
            Err(e) => {
                let _ = resp.text(400, &e.to_string(), &[]);
                return Info::default();
            }
        };
        if parsed
            .operations
            .iter()
            .any(|op| matches!(op, spargebra::GraphUpdateOperation::Load { .. }))
        {
            let _ = resp.text(
                403,
                "LOAD is disabled on this server (no server-side requests)",
                &[],
            );
            return Info::default();
        }
        // SERVICE inside an update's WHERE clause (its SSE form writes it "(service <iri> …").
        if parsed.to_sse().contains("(service ") {
            let _ = resp.text(
                403,
                "federated SERVICE calls are disabled on this server",
                &[],
            );
            return Info::default();
        }
        let Some(_slot) = self.query_slot() else {
            return self.busy(resp);
        };
        let mut prepared = SparqlEvaluator::new().for_update(parsed);
        if !using.default_graphs.is_empty() || !using.named_graphs.is_empty() {
            let to_nodes = |v: &[String]| -> Result<Vec<NamedNode>, String> {
                v.iter()
                    .map(|g| NamedNode::new(g.clone()).map_err(|e| format!("graph IRI {g}: {e}")))
                    .collect()
            };
            let (defaults, named) = match (
                to_nodes(&using.default_graphs),
                to_nodes(&using.named_graphs),
            ) {
                (Ok(d), Ok(n)) => (d, n),
                (Err(e), _) | (_, Err(e)) => {
                    let _ = resp.text(400, &e, &[]);
                    return Info::default();
                }
            };
            for ds in prepared.using_datasets_mut() {
                ds.set_default_graph(defaults.iter().cloned().map(Into::into).collect());
                ds.set_available_named_graphs(named.iter().cloned().map(Into::into).collect());
            }
        }
        let store = self.store();
        let result = prepared.on_store(&store).execute();
        self.generation.fetch_add(1, Ordering::SeqCst);
        match result {
            Ok(()) => {
                let _ = resp.send(204, "", b"", &[]);
            }
            Err(e) => {
                let _ = resp.text(500, &format!("update failed: {e}"), &[]);
            }
        }
        Info::default()
    }

    // ----------------------------------------------------------------- Graph Store Protocol

    fn graph_store(&self, req: &Request, resp: &mut Responder<'_>) -> Info {
        const ALLOW: &[(&str, &str)] = &[("Allow", "GET, HEAD, PUT, POST, DELETE")];
        let params = req.params();
        let graphs: Vec<&String> = params
            .iter()
            .filter(|(k, _)| k == "graph")
            .map(|(_, v)| v)
            .collect();
        let default = params.iter().any(|(k, _)| k == "default");
        let is_write = matches!(req.method.as_str(), "PUT" | "POST" | "DELETE");
        if !is_write && req.method != "GET" && req.method != "HEAD" {
            let _ = resp.text(
                405,
                &format!("{} is not allowed on {}", req.method, req.path),
                ALLOW,
            );
            return Info::default();
        }
        if is_write {
            if let Err(msg) = self.authorized(req) {
                let _ = resp.text(403, msg, &[]);
                return Info::default();
            }
        }
        let target: GraphName = match (graphs.as_slice(), default) {
            ([g], false) => match NamedNode::new(g.as_str()) {
                Ok(n) => n.into(),
                Err(e) => {
                    let _ = resp.text(400, &format!("graph IRI {g}: {e}"), &[]);
                    return Info::default();
                }
            },
            ([], true) => GraphName::DefaultGraph,
            _ => {
                let _ = resp.text(400, "give exactly one of ?graph=IRI or ?default", &[]);
                return Info::default();
            }
        };
        let Some(_slot) = self.query_slot() else {
            return self.busy(resp);
        };
        let store = self.store();
        let exists = match &target {
            GraphName::NamedNode(n) => store.contains_named_graph(n).unwrap_or(false),
            _ => true,
        };
        match req.method.as_str() {
            "GET" | "HEAD" => {
                if !exists {
                    let _ = resp.text(404, "no such graph", &[]);
                    return Info::default();
                }
                let format = match req.param("format") {
                    Some(name) => format_by_name(&name, GRAPH_FORMATS),
                    None => negotiate(req.header("accept"), GRAPH_FORMATS),
                };
                let Some(format) = format else {
                    let _ = resp.text(
                        406,
                        &format!("graphs are available as {}", format_names(GRAPH_FORMATS)),
                        &[("Vary", "Accept")],
                    );
                    return Info::default();
                };
                let FormatKind::Rdf(f) = format.kind else {
                    return Info::default();
                };
                let mut w = BodyWriter::new(
                    resp,
                    200,
                    &format.content_type(),
                    vec![("Vary".into(), "Accept".into())],
                );
                let mut ser = RdfSerializer::from_format(f);
                if matches!(f, RdfFormat::Turtle | RdfFormat::RdfXml) {
                    for (p, iri) in query::PREFIXES {
                        if let Ok(s) = ser.clone().with_prefix(*p, *iri) {
                            ser = s;
                        }
                    }
                }
                let mut ser = ser.for_writer(&mut w);
                let mut rows = 0;
                let mut ok = true;
                for q in store.quads_for_pattern(None, None, None, Some(target.as_ref())) {
                    let written = match &q {
                        Ok(q) => ser.serialize_triple(TripleRef::from(q.as_ref())).is_ok(),
                        Err(_) => false,
                    };
                    if !written {
                        ok = false;
                        break;
                    }
                    rows += 1;
                }
                if ok && ser.finish().is_ok() {
                    let _ = w.finish();
                } else {
                    w.abort();
                }
                Info::rows(rows)
            }
            "DELETE" => {
                if !exists {
                    let _ = resp.text(404, "no such graph", &[]);
                    return Info::default();
                }
                let r = match &target {
                    GraphName::NamedNode(n) => store.remove_named_graph(n),
                    _ => store.clear_graph(GraphNameRef::DefaultGraph),
                };
                self.generation.fetch_add(1, Ordering::SeqCst);
                match r {
                    Ok(()) => {
                        let _ = resp.send(204, "", b"", &[]);
                    }
                    Err(e) => {
                        let _ = resp.text(500, &e.to_string(), &[]);
                    }
                }
                Info::default()
            }
            _ => {
                let ct = req.header("content-type").unwrap_or("");
                let Some(format) = RdfFormat::from_media_type(ct) else {
                    let _ = resp.text(
                        415,
                        &format!("unsupported Content-Type {ct:?} (Turtle, N-Triples, RDF/XML…)"),
                        &[],
                    );
                    return Info::default();
                };
                let quads: Result<Vec<Quad>, _> = RdfParser::from_format(format)
                    .with_default_graph(target.clone())
                    .without_named_graphs()
                    .for_slice(&req.body)
                    .collect();
                let quads = match quads {
                    Ok(q) => q,
                    Err(e) => {
                        let _ = resp.text(400, &e.to_string(), &[]);
                        return Info::default();
                    }
                };
                let r = (|| -> Result<(), oxigraph::store::StorageError> {
                    let mut tx = store.start_transaction()?;
                    if req.method == "PUT" {
                        tx.clear_graph(target.as_ref())?;
                    }
                    if let GraphName::NamedNode(n) = &target {
                        tx.insert_named_graph(n);
                    }
                    for q in &quads {
                        tx.insert(q);
                    }
                    tx.commit()
                })();
                self.generation.fetch_add(1, Ordering::SeqCst);
                match r {
                    Ok(()) => {
                        let _ = resp.send(if exists { 204 } else { 201 }, "", b"", &[]);
                    }
                    Err(e) => {
                        let _ = resp.text(500, &e.to_string(), &[]);
                    }
                }
                Info::rows(quads.len())
            }
        }
    }

    // ----------------------------------------------------------------- named queries

    fn named_query(&self, req: &Request, resp: &mut Responder<'_>, name: &str) -> Info {
        let Some(q) = self.named.iter().find(|q| q.name == name) else {
            let _ = resp.text(404, &format!("no named query {name:?} (see /queries)"), &[]);
            return Info::default();
        };
        let declared = |n: &str| q.params.iter().any(|p| p.name == n);
        let mut values = Vec::new();
        let mut format = None;
        let mut dataset = Dataset::default();
        for (k, v) in req.params() {
            match k.as_str() {
                "format" | "output" if !declared(&k) => format = Some(v),
                "default-graph-uri" if !declared(&k) => dataset.default_graphs.push(v),
                "named-graph-uri" if !declared(&k) => dataset.named_graphs.push(v),
                _ => values.push((k, v)),
            }
        }
        let text = match q.bind(&values) {
            Ok(t) => t,
            Err(e) => {
                let _ = resp.text(400, &e.to_string(), &[]);
                return Info::default();
            }
        };
        self.run_query(req, resp, &text, &dataset, format.as_deref())
    }

    // ----------------------------------------------------------------- DOT export

    fn export_dot(&self, req: &Request, resp: &mut Responder<'_>) -> Info {
        let nonempty = |name: &str| {
            req.param(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let body = nonempty("body");
        let region = nonempty("region");
        let depth = match nonempty("depth") {
            None => 2,
            Some(d) => match d.parse::<usize>() {
                Ok(n) if (1..=10).contains(&n) => n,
                _ => {
                    let _ = resp.text(400, "depth must be a whole number from 1 to 10", &[]);
                    return Info::default();
                }
            },
        };
        let Some(slot) = self.query_slot() else {
            return self.busy(resp);
        };
        // dot_for_web takes no cancellation token; past --timeout the watchdog answers 503.
        let _deadline = self
            .queries
            .register(self.cfg.timeout, resp.hard_stop_handle(), &slot);
        let store = self.store();
        match crate::export::dot_for_web(&store, body.as_deref(), region.as_deref(), depth) {
            Ok(dot) => {
                let _ = resp.send(
                    200,
                    "text/vnd.graphviz; charset=utf-8",
                    dot.as_bytes(),
                    &[("Cache-Control", "no-cache")],
                );
            }
            Err(msg) => {
                let _ = resp.text(400, &msg, &[]);
            }
        }
        Info::default()
    }
}

// ===================================================================== search

struct SearchEntry {
    iri: String,
    label: String,
    kind: &'static str,
    /// The label then the aliases, lower-cased.
    names: Vec<String>,
}

/// Searchable classes, most specific first (an entity typed twice gets the first).
const SEARCH_KINDS: &[&str] = &[
    "Commission",
    "ResidentGroup",
    "WorkingCommittee",
    "InternalOffice",
    "EnterpriseOrSchoolCommittee",
    "Collective",
    "OversightBody",
    "Unit",
    "Person",
    "Region",
];

const SEARCH_LIMIT: usize = 50;

impl Server {
    /// The in-memory name index, built on first use and rebuilt after the data changed.
    fn search_index(&self) -> Result<Arc<Vec<SearchEntry>>, QueryError> {
        let generation = self.generation.load(Ordering::SeqCst);
        let mut cached = lock(&self.search);
        if let Some((g, index)) = cached.as_ref() {
            if *g == generation {
                return Ok(Arc::clone(index));
            }
        }
        let store = self.store();
        let classes: String = SEARCH_KINDS.iter().map(|k| format!(" jd:{k}")).collect();
        let labels = self.select(
            &store,
            &format!(
                "PREFIX jd: <https://jiandu.dev/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?s ?class ?label WHERE {{
  VALUES ?class {{{classes} }}
  ?s a ?class ; rdfs:label ?label .
}}"
            ),
            None,
            usize::MAX,
            None,
        )?;
        let aliases = self.select(
            &store,
            &format!(
                "PREFIX jd: <https://jiandu.dev/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?s ?alt WHERE {{
  VALUES ?class {{{classes} }}
  ?s a ?class ; skos:altLabel ?alt .
}}"
            ),
            None,
            usize::MAX,
            None,
        )?;
        let mut entries: Vec<SearchEntry> = Vec::new();
        let mut by_iri: HashMap<String, usize> = HashMap::new();
        for row in &labels {
            let (
                Some(Term::NamedNode(s)),
                Some(Term::NamedNode(class)),
                Some(Term::Literal(label)),
            ) = (row.get("s"), row.get("class"), row.get("label"))
            else {
                continue;
            };
            let Some(kind) = class
                .as_str()
                .strip_prefix(crate::rdf::JD)
                .and_then(|k| SEARCH_KINDS.iter().find(|x| **x == k))
            else {
                continue;
            };
            let rank = |k: &str| {
                SEARCH_KINDS
                    .iter()
                    .position(|x| *x == k)
                    .unwrap_or(usize::MAX)
            };
            match by_iri.get(s.as_str()) {
                Some(&i) => {
                    let e = &mut entries[i];
                    if rank(kind) < rank(e.kind) {
                        e.kind = kind;
                    }
                    let lower = label.value().to_lowercase();
                    if !e.names.contains(&lower) {
                        // Two labels: keep the shorter (then smaller) one as the display label.
                        let l = label.value();
                        if (l.chars().count(), l) < (e.label.chars().count(), e.label.as_str()) {
                            e.label = l.to_string();
                            e.names.insert(0, lower);
                        } else {
                            e.names.push(lower);
                        }
                    }
                }
                None => {
                    by_iri.insert(s.as_str().to_string(), entries.len());
                    entries.push(SearchEntry {
                        iri: s.as_str().to_string(),
                        label: label.value().to_string(),
                        kind,
                        names: vec![label.value().to_lowercase()],
                    });
                }
            }
        }
        for row in &aliases {
            let (Some(Term::NamedNode(s)), Some(Term::Literal(alt))) =
                (row.get("s"), row.get("alt"))
            else {
                continue;
            };
            if let Some(&i) = by_iri.get(s.as_str()) {
                let lower = alt.value().to_lowercase();
                if !entries[i].names.contains(&lower) {
                    entries[i].names.push(lower);
                }
            }
        }
        entries.sort_by(|a, b| a.label.cmp(&b.label).then_with(|| a.iri.cmp(&b.iri)));
        let index = Arc::new(entries);
        *cached = Some((generation, Arc::clone(&index)));
        Ok(index)
    }

    fn search(&self, req: &Request, resp: &mut Responder<'_>) -> Info {
        let q: String = req
            .param("q")
            .unwrap_or_default()
            .trim()
            .chars()
            .take(200)
            .collect();
        if q.is_empty() {
            let _ = resp.json(b"[]");
            return Info::rows(0);
        }
        let Some(slot) = self.query_slot() else {
            return self.busy(resp);
        };
        // The first search builds the index: on a very large store the watchdog answers
        // 503 if that takes longer than --timeout (the index is still finished and kept).
        let _deadline = self
            .queries
            .register(self.cfg.timeout, resp.hard_stop_handle(), &slot);
        let index = match self.search_index() {
            Ok(i) => i,
            Err(e) => {
                let _ = resp.text(500, &format!("search index: {e}"), &[]);
                return Info::default();
            }
        };
        let found = search_entries(&index, &q);
        let body: Vec<serde_json::Value> = found
            .iter()
            .map(|e| serde_json::json!({"iri": e.iri, "label": e.label, "kind": e.kind}))
            .collect();
        let _ = resp.json(&serde_json::to_vec(&body).unwrap_or_else(|_| b"[]".to_vec()));
        Info::rows(found.len())
    }
}

/// Entries whose label or an alias contains `q` (case-insensitive; traditional characters
/// are also tried as simplified), best first: exact name, then prefix, then substring;
/// shorter labels first.
fn search_entries<'a>(index: &'a [SearchEntry], q: &str) -> Vec<&'a SearchEntry> {
    let mut needles = vec![q.to_lowercase()];
    let simplified = zhconv::zhconv(q, zhconv::Variant::ZhHans).to_lowercase();
    if simplified != needles[0] {
        needles.push(simplified);
    }
    let mut scored: Vec<(u8, usize, &SearchEntry)> = Vec::new();
    for e in index {
        let mut best: Option<u8> = None;
        for (i, name) in e.names.iter().enumerate() {
            let is_label = i == 0;
            for n in &needles {
                let score = if name == n {
                    if is_label {
                        0
                    } else {
                        1
                    }
                } else if name.starts_with(n.as_str()) {
                    if is_label {
                        2
                    } else {
                        4
                    }
                } else if name.contains(n.as_str()) {
                    if is_label {
                        3
                    } else {
                        5
                    }
                } else {
                    continue;
                };
                best = Some(best.map_or(score, |b| b.min(score)));
            }
        }
        if let Some(score) = best {
            scored.push((score, e.label.chars().count(), e));
        }
    }
    scored.sort_by(|a, b| (a.0, a.1, &a.2.label, &a.2.iri).cmp(&(b.0, b.1, &b.2.label, &b.2.iri)));
    scored
        .into_iter()
        .take(SEARCH_LIMIT)
        .map(|(_, _, e)| e)
        .collect()
}

// ===================================================================== internal queries

impl Server {
    /// Runs a SELECT over the union of the graphs; at most `limit` rows.
    fn select(
        &self,
        store: &Store,
        sparql: &str,
        this: Option<&NamedNode>,
        limit: usize,
        deadline: Option<&Deadline<'_>>,
    ) -> Result<Vec<QuerySolution>, QueryError> {
        // The IRI was validated by NamedNode::new, so `<…>` cannot break out of the query.
        let text = match this {
            Some(n) => sparql.replace("%THIS%", &n.to_string()),
            None => sparql.to_string(),
        };
        let parsed = self.parse_query(&text, &Dataset::default())?;
        let token = deadline.map_or_else(CancellationToken::new, Deadline::token);
        match self.execute(&parsed, store, token)? {
            QueryResults::Solutions(solutions) => solutions
                .take(limit)
                .collect::<Result<Vec<_>, _>>()
                .map_err(query::evaluation_error),
            _ => Ok(Vec::new()),
        }
    }
}

// ===================================================================== entity pages

const PREFIXES_SPARQL: &str = "PREFIX jd: <https://jiandu.dev/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
";

const Q_OUT: &str = "SELECT ?p ?o (SAMPLE(?l) AS ?label) WHERE {
  %THIS% ?p ?o .
  OPTIONAL { ?o rdfs:label ?l FILTER(LANG(?l) != \"en\") }
} GROUP BY ?p ?o LIMIT 2001";

const Q_IN: &str = "SELECT ?s ?p (SAMPLE(?l) AS ?label) WHERE {
  ?s ?p %THIS% .
  OPTIONAL { ?s rdfs:label ?l FILTER(LANG(?l) != \"en\") }
} GROUP BY ?s ?p LIMIT 2001";

const Q_CLAIMS: &str = "SELECT DISTINCT ?claim ?role ?agent ?agentLabel ?target ?targetLabel ?sentence ?text ?doc ?docTitle ?date WHERE {
  { ?claim jd:agent %THIS% . BIND(\"agent\" AS ?role) }
  UNION { ?claim jd:target %THIS% . BIND(\"target\" AS ?role) }
  UNION { ?claim prov:wasDerivedFrom %THIS% . BIND(\"document\" AS ?role) }
  UNION { ?claim jd:evidence %THIS% . BIND(\"evidence\" AS ?role) }
  UNION { BIND(%THIS% AS ?claim) BIND(\"self\" AS ?role) }
  ?claim a jd:Supervision .
  OPTIONAL { ?claim jd:agent ?agent OPTIONAL { ?agent rdfs:label ?agentLabel } }
  OPTIONAL { ?claim jd:target ?target OPTIONAL { ?target rdfs:label ?targetLabel } }
  OPTIONAL { ?claim jd:evidence ?sentence OPTIONAL { ?sentence jd:text ?text } }
  OPTIONAL { ?claim prov:wasDerivedFrom ?doc
             OPTIONAL { ?doc dcterms:title ?docTitle } OPTIONAL { ?doc dcterms:date ?date } }
} ORDER BY ?role ?agentLabel ?targetLabel ?date ?claim LIMIT 1001";

const Q_ACTIONS: &str = "SELECT DISTINCT ?action ?role ?agent ?agentLabel ?target ?targetLabel ?category ?categoryLabel ?verb ?value ?unit ?object ?approx ?date ?sentence ?text ?doc ?docTitle WHERE {
  { ?action prov:wasAssociatedWith %THIS% . BIND(\"agent\" AS ?role) }
  UNION { ?action jd:target %THIS% . BIND(\"target\" AS ?role) }
  UNION { ?action prov:wasDerivedFrom %THIS% . BIND(\"document\" AS ?role) }
  UNION { ?action jd:evidence %THIS% . BIND(\"evidence\" AS ?role) }
  UNION { ?action jd:category %THIS% . BIND(\"category\" AS ?role) }
  UNION { BIND(%THIS% AS ?action) BIND(\"self\" AS ?role) }
  ?action a jd:OversightAction .
  OPTIONAL { ?action prov:wasAssociatedWith ?agent OPTIONAL { ?agent rdfs:label ?agentLabel } }
  OPTIONAL { ?action jd:target ?target OPTIONAL { ?target rdfs:label ?targetLabel } }
  OPTIONAL { ?action jd:category ?category
             OPTIONAL { ?category rdfs:label ?categoryLabel FILTER(LANG(?categoryLabel) != \"en\") } }
  OPTIONAL { ?action jd:verb ?verb }
  OPTIONAL { ?action jd:value ?value } OPTIONAL { ?action jd:unit ?unit }
  OPTIONAL { ?action jd:object ?object } OPTIONAL { ?action jd:approximate ?approx }
  OPTIONAL { ?action jd:date ?date }
  OPTIONAL { ?action jd:evidence ?sentence OPTIONAL { ?sentence jd:text ?text } }
  OPTIONAL { ?action prov:wasDerivedFrom ?doc OPTIONAL { ?doc dcterms:title ?docTitle } }
} ORDER BY ?role ?date ?doc ?action LIMIT 1001";

const Q_MEMBERS: &str = "SELECT DISTINCT ?person ?name ?post ?role ?accountable WHERE {
  ?post org:postIn %THIS% . ?person org:holds ?post .
  OPTIONAL { ?person rdfs:label ?name }
  OPTIONAL { ?post rdfs:label ?role }
  OPTIONAL { ?person jd:heldToAccount ?accountable }
} ORDER BY ?name ?person LIMIT 1001";

const Q_POSTS: &str = "SELECT DISTINCT ?post ?role ?org ?orgLabel WHERE {
  %THIS% org:holds ?post .
  OPTIONAL { ?post rdfs:label ?role }
  OPTIONAL { ?post org:postIn ?org OPTIONAL { ?org rdfs:label ?orgLabel } }
} ORDER BY ?orgLabel ?role LIMIT 1001";

const Q_EVIDENCE: &str = "SELECT DISTINCT ?sentence ?text ?doc ?docTitle WHERE {
  %THIS% jd:evidence ?sentence .
  OPTIONAL { ?sentence jd:text ?text }
  OPTIONAL { ?sentence jd:inDocument ?doc OPTIONAL { ?doc dcterms:title ?docTitle } }
} ORDER BY ?doc ?sentence LIMIT 1001";

const Q_SENTENCES: &str = "SELECT DISTINCT ?sentence ?text ?start WHERE {
  ?sentence jd:inDocument %THIS% .
  OPTIONAL { ?sentence jd:text ?text }
  OPTIONAL { ?sentence jd:charStart ?start }
} ORDER BY ?start ?sentence LIMIT 5001";

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const SKOS_ALT: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
const ORG_SUB: &str = "http://www.w3.org/ns/org#subOrganizationOf";
const DC: &str = "http://purl.org/dc/terms/";

fn jd_iri(local: &str) -> String {
    format!("{}{local}", crate::rdf::JD)
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn entity_href(iri: &str) -> String {
    let encoded: String = url::form_urlencoded::byte_serialize(iri.as_bytes()).collect();
    format!("/entity?iri={encoded}")
}

/// Short readable form of an IRI: `jd:Unit`, `id:body/吉林省纪委监委`, or the IRI itself.
fn short_iri(iri: &str) -> String {
    let decoded = percent_decode(iri).unwrap_or_else(|| iri.to_string());
    query::display_term(&Term::NamedNode(NamedNode::new_unchecked(decoded)))
}

fn link(iri: &str, label: Option<&str>) -> String {
    let text = label
        .filter(|l| !l.trim().is_empty())
        .map_or_else(|| short_iri(iri), str::to_string);
    format!(
        "<a href=\"{}\" title=\"{}\">{}</a>",
        esc(&entity_href(iri)),
        esc(iri),
        esc(&text)
    )
}

fn term_value(t: Option<&Term>) -> Option<String> {
    match t? {
        Term::Literal(l) => Some(l.value().to_string()),
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
        #[allow(unreachable_patterns)]
        other => Some(other.to_string()),
    }
}

fn term_html(t: &Term, label: Option<&Term>) -> String {
    match t {
        Term::NamedNode(n) => {
            let label = term_value(label);
            link(n.as_str(), label.as_deref())
        }
        Term::Literal(l) => {
            let mut s = format!("<span class=\"literal\">{}</span>", esc(l.value()));
            if let Some(lang) = l.language() {
                let _ = write!(s, "<span class=\"lang\">@{}</span>", esc(lang));
            } else if l.datatype().as_str() != "http://www.w3.org/2001/XMLSchema#string" {
                let _ = write!(
                    s,
                    "<span class=\"datatype\">^^{}</span>",
                    esc(&short_iri(l.datatype().as_str()))
                );
            }
            s
        }
        other => format!("<code>{}</code>", esc(&other.to_string())),
    }
}

/// `…/s/123` → `s-123`: the anchor of a sentence on its document's page.
fn sentence_anchor(iri: &str) -> Option<String> {
    let n = iri.rsplit_once("/s/")?.1;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then(|| format!("s-{n}"))
}

/// The evidence cell: the sentence, then a link to it in its document.
fn evidence_html(row: &QuerySolution) -> String {
    let mut s = String::new();
    if let Some(text) = term_value(row.get("text")) {
        let _ = write!(s, "<q class=\"evidence\">{}</q>", esc(&text));
    }
    if let Some(Term::NamedNode(doc)) = row.get("doc") {
        let mut href = entity_href(doc.as_str());
        if let Some(Term::NamedNode(sentence)) = row.get("sentence") {
            if let Some(anchor) = sentence_anchor(sentence.as_str()) {
                href.push('#');
                href.push_str(&anchor);
            }
        }
        let title = term_value(row.get("docTitle")).unwrap_or_else(|| short_iri(doc.as_str()));
        let _ = write!(
            s,
            " <a class=\"doc-link\" href=\"{}\" title=\"{}\">{}</a>",
            esc(&href),
            esc(doc.as_str()),
            esc(&title)
        );
    }
    s
}

/// A small "↗" link to the page of a fact node (an action, a claim, a sentence).
fn fact_link(t: Option<&Term>) -> String {
    match t {
        Some(Term::NamedNode(n)) => format!(
            "<a class=\"fact-link\" href=\"{}\" title=\"{}\">↗</a>",
            esc(&entity_href(n.as_str())),
            esc(n.as_str())
        ),
        _ => String::new(),
    }
}

fn cell(row: &QuerySolution, var: &str, label_var: Option<&str>) -> String {
    match row.get(var) {
        Some(t) => term_html(t, label_var.and_then(|l| row.get(l))),
        None => String::new(),
    }
}

struct Page {
    out: Vec<QuerySolution>,
    inc: Vec<QuerySolution>,
}

impl Page {
    fn objects(&self, p: &str) -> Vec<(&Term, Option<&Term>)> {
        self.out
            .iter()
            .filter(|r| matches!(r.get("p"), Some(Term::NamedNode(n)) if n.as_str() == p))
            .filter_map(|r| r.get("o").map(|o| (o, r.get("label"))))
            .collect()
    }

    fn subjects(&self, p: &str) -> Vec<(&Term, Option<&Term>)> {
        self.inc
            .iter()
            .filter(|r| matches!(r.get("p"), Some(Term::NamedNode(n)) if n.as_str() == p))
            .filter_map(|r| r.get("s").map(|s| (s, r.get("label"))))
            .collect()
    }

    fn literal(&self, p: &str) -> Option<String> {
        self.objects(p).into_iter().find_map(|(o, _)| match o {
            Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        })
    }

    /// The literal value HTML-escaped, or empty (a fact that is not shown).
    fn escaped_literal(&self, p: &str) -> String {
        self.literal(p).map(|v| esc(&v)).unwrap_or_default()
    }

    fn types(&self) -> Vec<String> {
        self.objects(RDF_TYPE)
            .into_iter()
            .filter_map(|(o, _)| match o {
                Term::NamedNode(n) => Some(n.as_str().to_string()),
                _ => None,
            })
            .collect()
    }
}

fn links_of(items: &[(&Term, Option<&Term>)]) -> String {
    let mut v: Vec<(String, String)> = items
        .iter()
        .map(|(t, l)| (term_value(*l).unwrap_or_default(), term_html(t, *l)))
        .collect();
    v.sort();
    v.dedup();
    v.into_iter().map(|(_, h)| h).collect::<Vec<_>>().join("、")
}

impl Server {
    fn entity(&self, req: &Request, resp: &mut Responder<'_>) -> Info {
        let Some(iri) = req.param("iri").filter(|i| !i.trim().is_empty()) else {
            let _ = resp.text(400, "give the entity as /entity?iri=…", &[]);
            return Info::default();
        };
        let node = match NamedNode::new(iri.trim()) {
            Ok(n) => n,
            Err(e) => {
                let _ = resp.text(400, &format!("not an IRI: {e}"), &[]);
                return Info::default();
            }
        };
        let Some(slot) = self.query_slot() else {
            return self.busy(resp);
        };
        let deadline = self
            .queries
            .register(self.cfg.timeout, resp.hard_stop_handle(), &slot);
        let store = self.store();
        match self.entity_page(&store, &node, &deadline) {
            Ok(Some(html)) => {
                let _ = resp.send(
                    200,
                    "text/html; charset=utf-8",
                    html.as_bytes(),
                    HTML_HEADERS,
                );
            }
            Ok(None) => {
                let body = page_shell(
                    "Not found",
                    &format!(
                        "<h1>Not found</h1><p>Nothing in the store mentions <code>{}</code>.</p>",
                        esc(node.as_str())
                    ),
                );
                let _ = resp.send(
                    404,
                    "text/html; charset=utf-8",
                    body.as_bytes(),
                    HTML_HEADERS,
                );
            }
            Err(e) => {
                let (status, msg) = self.query_error_status(&e, Some(&deadline));
                let _ = resp.text(status, &msg, &[]);
            }
        }
        Info::default()
    }

    fn entity_page(
        &self,
        store: &Store,
        node: &NamedNode,
        deadline: &Deadline<'_>,
    ) -> Result<Option<String>, QueryError> {
        let q = |text: &str, limit: usize| {
            self.select(
                store,
                &format!("{PREFIXES_SPARQL}{text}"),
                Some(node),
                limit,
                Some(deadline),
            )
        };
        let mut page = Page {
            out: q(Q_OUT, 2001)?,
            inc: q(Q_IN, 2001)?,
        };
        if page.out.is_empty() && page.inc.is_empty() {
            return Ok(None);
        }
        let sort_key = |r: &QuerySolution, a: &str, b: &str| {
            (
                term_value(r.get(a)).unwrap_or_default(),
                term_value(r.get("label")).unwrap_or_default(),
                term_value(r.get(b)).unwrap_or_default(),
            )
        };
        page.out.sort_by_key(|r| sort_key(r, "p", "o"));
        page.inc.sort_by_key(|r| sort_key(r, "p", "s"));
        let iri = node.as_str();
        let types = page.types();
        let kind = types
            .iter()
            .filter_map(|t| t.strip_prefix(crate::rdf::JD))
            .min_by_key(|k| {
                SEARCH_KINDS
                    .iter()
                    .position(|x| x == k)
                    .unwrap_or(usize::MAX)
            })
            .map(str::to_string)
            .or_else(|| types.first().map(|t| short_iri(t)))
            .unwrap_or_default();
        let is = |local: &str| types.iter().any(|t| *t == jd_iri(local));
        let label = page
            .literal(RDFS_LABEL)
            .or_else(|| page.literal(&format!("{DC}title")))
            .or_else(|| page.literal(&jd_iri("verb")))
            .or_else(|| {
                page.literal(&jd_iri("text"))
                    .map(|t| t.chars().take(40).collect())
            })
            .unwrap_or_else(|| short_iri(iri));

        let mut h = String::new();
        let _ = write!(h, "<article class=\"entity\" data-iri=\"{}\">", esc(iri));
        let _ = write!(h, "<h1>{}", esc(&label));
        if !kind.is_empty() {
            let css: String = kind
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            let _ = write!(
                h,
                " <span class=\"kind-tag kind-{css}\" data-kind=\"{}\">{}</span>",
                esc(&kind),
                esc(&kind)
            );
        }
        let _ = write!(h, "</h1><p class=\"iri\"><code>{}</code></p>", esc(iri));

        // Key facts as a definition list.
        let mut facts: Vec<(&str, String)> = Vec::new();
        let mut fact = |name: &'static str, html: String| {
            if !html.is_empty() {
                facts.push((name, html));
            }
        };
        let alts = page.objects(SKOS_ALT);
        let mut alias_names: Vec<String> = alts
            .iter()
            .filter_map(|(t, _)| term_value(Some(t)))
            .collect();
        alias_names.sort();
        alias_names.dedup();
        fact(
            "Also written 别名",
            alias_names
                .iter()
                .map(|a| esc(a))
                .collect::<Vec<_>>()
                .join("、"),
        );
        if types.len() > 1 {
            let t: Vec<(Term, Option<&Term>)> = types
                .iter()
                .map(|t| (Term::NamedNode(NamedNode::new_unchecked(t.clone())), None))
                .collect();
            let refs: Vec<(&Term, Option<&Term>)> = t.iter().map(|(a, b)| (a, *b)).collect();
            fact("Types 类型", links_of(&refs));
        }
        fact("Parent 上级", links_of(&page.objects(ORG_SUB)));
        fact("Sub-organisations 下级", links_of(&page.subjects(ORG_SUB)));
        fact(
            "Resident at 驻在单位",
            links_of(&page.objects(&jd_iri("residentAt"))),
        );
        fact(
            "Resident groups here 派驻机构",
            links_of(&page.subjects(&jd_iri("residentAt"))),
        );
        fact("Region 地区", links_of(&page.objects(&jd_iri("inRegion"))));
        fact(
            "Within 上级地区",
            links_of(&page.objects(&jd_iri("withinRegion"))),
        );
        fact(
            "Sub-regions 下级地区",
            links_of(&page.subjects(&jd_iri("withinRegion"))),
        );
        fact(
            "Region code 区划代码",
            page.escaped_literal(&jd_iri("regionCode")),
        );
        fact("Level 级别", page.escaped_literal(&jd_iri("regionLevel")));
        fact(
            "Bodies and units here 本地机构",
            links_of(&page.subjects(&jd_iri("inRegion"))),
        );
        fact(
            "Held to account 被问责",
            page.escaped_literal(&jd_iri("heldToAccount")),
        );
        // Documents and sentences.
        fact("Title 标题", page.escaped_literal(&format!("{DC}title")));
        fact("Date 日期", page.escaped_literal(&format!("{DC}date")));
        fact("Source 来源", page.escaped_literal(&format!("{DC}source")));
        fact("Document id", page.escaped_literal(&jd_iri("docId")));
        fact("File 文件", page.escaped_literal(&jd_iri("sourcePath")));
        fact(
            "Home region 所属地区",
            links_of(&page.objects(&jd_iri("homeRegion"))),
        );
        fact(
            "Documents about here 本地文档",
            links_of(&page.subjects(&jd_iri("homeRegion"))),
        );
        fact(
            "Text 原文",
            page.literal(&jd_iri("text"))
                .map(|v| format!("<q class=\"evidence\">{}</q>", esc(&v)))
                .unwrap_or_default(),
        );
        if let Some((Term::NamedNode(doc), l)) =
            page.objects(&jd_iri("inDocument")).first().copied()
        {
            let mut href = entity_href(doc.as_str());
            if let Some(anchor) = sentence_anchor(iri) {
                href.push('#');
                href.push_str(&anchor);
            }
            let title = term_value(l).unwrap_or_else(|| short_iri(doc.as_str()));
            fact(
                "Document 文档",
                format!("<a href=\"{}\">{}</a>", esc(&href), esc(&title)),
            );
        }
        if let (Some(a), Some(b)) = (
            page.literal(&jd_iri("charStart")),
            page.literal(&jd_iri("charEnd")),
        ) {
            fact("Characters 字符位置", format!("{}–{}", esc(&a), esc(&b)));
        }
        if !facts.is_empty() {
            h.push_str("<dl class=\"facts\">");
            for (name, html) in &facts {
                let _ = write!(h, "<dt>{}</dt><dd>{html}</dd>", esc(name));
            }
            h.push_str("</dl>");
        }

        // Supervision: claims with their evidence, and direct edges without a claim.
        let claims = q(Q_CLAIMS, 1001)?;
        let mut claimed: std::collections::HashSet<(String, String)> = Default::default();
        for r in &claims {
            claimed.insert((
                term_value(r.get("agent")).unwrap_or_default(),
                term_value(r.get("target")).unwrap_or_default(),
            ));
        }
        let direct_out: Vec<_> = page
            .objects(&jd_iri("supervises"))
            .into_iter()
            .filter(|(o, _)| {
                !claimed.contains(&(iri.to_string(), term_value(Some(o)).unwrap_or_default()))
            })
            .collect();
        let direct_in: Vec<_> = page
            .subjects(&jd_iri("supervises"))
            .into_iter()
            .filter(|(s, _)| {
                !claimed.contains(&(term_value(Some(s)).unwrap_or_default(), iri.to_string()))
            })
            .collect();
        if !claims.is_empty() || !direct_out.is_empty() || !direct_in.is_empty() {
            h.push_str("<section id=\"supervision\"><h2>Supervision 监督关系</h2>");
            if !claims.is_empty() {
                h.push_str("<table class=\"data\"><thead><tr><th>Overseer 监督主体</th><th>Overseen 监督对象</th><th>Evidence 依据</th><th>Date 日期</th></tr></thead><tbody>");
                for r in claims.iter().take(1000) {
                    let _ = write!(
                        h,
                        "<tr data-role=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        esc(&term_value(r.get("role")).unwrap_or_default()),
                        cell(r, "agent", Some("agentLabel")),
                        cell(r, "target", Some("targetLabel")),
                        evidence_html(r),
                        esc(&term_value(r.get("date")).unwrap_or_default())
                    );
                }
                h.push_str("</tbody></table>");
                if claims.len() > 1000 {
                    h.push_str("<p class=\"more\">First 1000 shown.</p>");
                }
            }
            if !direct_out.is_empty() {
                let _ = write!(
                    h,
                    "<p>Also supervises 另监督: {}</p>",
                    links_of(&direct_out)
                );
            }
            if !direct_in.is_empty() {
                let _ = write!(
                    h,
                    "<p>Also supervised by 另受监督于: {}</p>",
                    links_of(&direct_in)
                );
            }
            h.push_str("</section>");
        }

        // Counted actions.
        let actions = q(Q_ACTIONS, 1001)?;
        if !actions.is_empty() {
            h.push_str("<section id=\"actions\"><h2>Actions 监督行动</h2><table class=\"data\"><thead><tr><th>Date 日期</th><th>Body 主体</th><th>Category 类别</th><th>Action 行动</th><th>Value 数值</th><th>Unit 单位</th><th>Object 对象</th><th>Target 对象单位</th><th>Evidence 依据</th><th></th></tr></thead><tbody>");
            for r in actions.iter().take(1000) {
                let approx = matches!(r.get("approx"), Some(Term::Literal(l)) if l.value() == "true" || l.value() == "1");
                let value = term_value(r.get("value"))
                    .map(|v| format!("{}{}", if approx { "≈" } else { "" }, esc(&v)))
                    .unwrap_or_default();
                let category = match (r.get("category"), r.get("categoryLabel")) {
                    (Some(c), l) => term_html(c, l),
                    _ => String::new(),
                };
                let _ = write!(
                    h,
                    "<tr data-role=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&term_value(r.get("role")).unwrap_or_default()),
                    esc(&term_value(r.get("date")).unwrap_or_default()),
                    cell(r, "agent", Some("agentLabel")),
                    category,
                    esc(&term_value(r.get("verb")).unwrap_or_default()),
                    value,
                    esc(&term_value(r.get("unit")).unwrap_or_default()),
                    esc(&term_value(r.get("object")).unwrap_or_default()),
                    cell(r, "target", Some("targetLabel")),
                    evidence_html(r),
                    fact_link(r.get("action")),
                );
            }
            h.push_str("</tbody></table>");
            if actions.len() > 1000 {
                h.push_str("<p class=\"more\">First 1000 shown.</p>");
            }
            h.push_str("</section>");
        }

        // People in an organisation, posts of a person.
        if !is("Person") {
            let members = q(Q_MEMBERS, 1001)?;
            if !members.is_empty() {
                h.push_str("<section id=\"people\"><h2>People 人员</h2><table class=\"data\"><thead><tr><th>Name 姓名</th><th>Post 职务</th><th>Held to account 被问责</th></tr></thead><tbody>");
                for r in members.iter().take(1000) {
                    let _ = write!(
                        h,
                        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                        cell(r, "person", Some("name")),
                        esc(&term_value(r.get("role")).unwrap_or_default()),
                        esc(&term_value(r.get("accountable")).unwrap_or_default())
                    );
                }
                h.push_str("</tbody></table></section>");
            }
        } else {
            let posts = q(Q_POSTS, 1001)?;
            if !posts.is_empty() {
                h.push_str("<section id=\"posts\"><h2>Posts 职务</h2><table class=\"data\"><thead><tr><th>Post 职务</th><th>Organisation 组织</th></tr></thead><tbody>");
                for r in posts.iter().take(1000) {
                    let _ = write!(
                        h,
                        "<tr><td>{}</td><td>{}</td></tr>",
                        esc(&term_value(r.get("role")).unwrap_or_default()),
                        cell(r, "org", Some("orgLabel"))
                    );
                }
                h.push_str("</tbody></table></section>");
            }
        }

        // Evidence sentences of the entity itself.
        let evidence = q(Q_EVIDENCE, 1001)?;
        if !evidence.is_empty() && !is("OversightAction") && !is("Supervision") {
            h.push_str(
                "<section id=\"evidence\"><h2>Evidence 出处</h2><ul class=\"evidence-list\">",
            );
            for r in evidence.iter().take(1000) {
                let _ = write!(h, "<li>{}</li>", evidence_html(r));
            }
            h.push_str("</ul></section>");
        }

        // Documents the entity is mentioned in.
        let docs = page.objects(&jd_iri("mentionedIn"));
        if !docs.is_empty() {
            let _ = write!(
                h,
                "<section id=\"documents\"><h2>Mentioned in 提及文档</h2><p>{}</p></section>",
                links_of(&docs)
            );
        }

        // A document: what it mentions, and its sentences.
        if is("Document") {
            let mentioned = page.subjects(&jd_iri("mentionedIn"));
            if !mentioned.is_empty() {
                let _ = write!(
                    h,
                    "<section id=\"mentions\"><h2>Mentions 提及</h2><p>{}</p></section>",
                    links_of(&mentioned)
                );
            }
            let sentences = q(Q_SENTENCES, 5001)?;
            if !sentences.is_empty() {
                h.push_str(
                    "<section id=\"sentences\"><h2>Sentences 句子</h2><ol class=\"sentences\">",
                );
                for r in sentences.iter().take(5000) {
                    let Some(Term::NamedNode(s)) = r.get("sentence") else {
                        continue;
                    };
                    let anchor = sentence_anchor(s.as_str()).unwrap_or_default();
                    let _ = write!(
                        h,
                        "<li id=\"{}\"><a class=\"fact-link\" href=\"{}\" title=\"{}\">¶</a> {}</li>",
                        esc(&anchor),
                        esc(&entity_href(s.as_str())),
                        esc(s.as_str()),
                        esc(&term_value(r.get("text")).unwrap_or_default())
                    );
                }
                h.push_str("</ol></section>");
            }
        }

        // Everything, for the curious.
        h.push_str("<details class=\"statements\"><summary>All statements 全部三元组</summary>");
        if !page.out.is_empty() {
            h.push_str("<h3>Outgoing</h3><table class=\"data\"><tbody>");
            for r in page.out.iter().take(2000) {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td>{}</td></tr>",
                    cell(r, "p", None),
                    cell(r, "o", Some("label"))
                );
            }
            h.push_str("</tbody></table>");
        }
        if !page.inc.is_empty() {
            h.push_str("<h3>Incoming</h3><table class=\"data\"><tbody>");
            for r in page.inc.iter().take(2000) {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td>{}</td></tr>",
                    cell(r, "s", Some("label")),
                    cell(r, "p", None)
                );
            }
            h.push_str("</tbody></table>");
        }
        if page.out.len() > 2000 || page.inc.len() > 2000 {
            h.push_str("<p class=\"more\">First 2000 of each shown.</p>");
        }
        h.push_str("</details></article>");
        Ok(Some(page_shell(&label, &h)))
    }
}

fn page_shell(title: &str, main: &str) -> String {
    format!(
        "<!doctype html>
<html lang=\"zh-Hans\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<title>{} — jiandu 监督</title>
<link rel=\"stylesheet\" href=\"/static/app.css\">
<link rel=\"stylesheet\" href=\"/entity.css\">
</head>
<body class=\"page-entity\">
<header class=\"site-header\">
  <a class=\"brand\" href=\"/\" title=\"jiandu 监督 — home\"><span class=\"brand-name\">jiandu</span><span class=\"brand-zh\" lang=\"zh-Hans\">监督</span><span class=\"brand-sub\">Entity</span></a>
  <form id=\"search\" class=\"search\" role=\"search\" action=\"/search\" method=\"get\" autocomplete=\"off\">
    <label class=\"visually-hidden\" for=\"search-input\">Search bodies, units, people and regions</label>
    <input id=\"search-input\" name=\"q\" type=\"search\" placeholder=\"Search: 卫健委, 江苏省纪委监委 …  (press /)\" aria-controls=\"search-results\" aria-autocomplete=\"list\" aria-expanded=\"false\" spellcheck=\"false\">
    <ul id=\"search-results\" class=\"search-results\" role=\"listbox\" aria-label=\"Search results\" hidden></ul>
  </form>
  <nav class=\"site-nav\" aria-label=\"Main\"><a href=\"/\">SPARQL</a><a href=\"/static/graph.html\">Graph</a></nav>
</header>
<main class=\"entity-layout\">
{main}
</main>
<footer class=\"site-footer\">Every fact links to the sentence it came from. Endpoint: <code>/sparql</code></footer>
<script src=\"/static/app.js\"></script>
</body>
</html>
",
        esc(title)
    )
}

const ENTITY_CSS: &str = "/* jiandu — entity pages (served by jiandu serve). */
.entity-layout { max-width: 1200px; margin: 0 auto; padding: 16px 20px 40px; width: 100%; }
.entity h1 { font-size: 24px; margin: 8px 0 2px; display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.entity h2 { font-size: 17px; margin: 26px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.entity h3 { font-size: 14px; margin: 14px 0 6px; color: var(--muted); }
.entity .iri { margin: 0 0 14px; color: var(--muted); word-break: break-all; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; background: var(--panel);
  border: 1px solid var(--line); border-radius: var(--radius); padding: 12px 16px; }
.facts dt { color: var(--muted); font-size: 13px; }
.facts dd { margin: 0; }
table.data { border-collapse: collapse; width: 100%; background: var(--panel); font-size: 13.5px; }
table.data th, table.data td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
table.data th { background: var(--bg); font-weight: 600; white-space: nowrap; }
table.data td.num { text-align: right; white-space: nowrap; }
q.evidence { quotes: '「' '」'; color: var(--ink); }
.doc-link { font-size: 12px; white-space: nowrap; }
.fact-link { text-decoration: none; color: var(--muted); }
.evidence-list { padding-left: 20px; }
.evidence-list li { margin: 4px 0; }
ol.sentences { padding-left: 0; list-style: none; }
ol.sentences li { margin: 2px 0; padding: 2px 6px; border-radius: 4px; }
ol.sentences li:target { background: var(--accent-soft); }
.literal { white-space: pre-wrap; }
.lang, .datatype { color: var(--muted); font-size: 11px; margin-left: 2px; }
.more { color: var(--muted); font-size: 13px; }
details.statements { margin-top: 28px; }
details.statements summary { cursor: pointer; color: var(--muted); }
";

// ===================================================================== static files

struct StaticFile {
    path: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

macro_rules! static_files {
    ($($path:literal => $ct:literal),* $(,)?) => {
        &[$(StaticFile {
            path: concat!("/static/", $path),
            content_type: $ct,
            body: include_bytes!(concat!("../static/", $path)),
        }),*]
    };
}

/// Every file of `static/`, embedded (tests/serve.rs checks that none is missing).
const STATIC_FILES: &[StaticFile] = static_files! {
    "index.html" => "text/html; charset=utf-8",
    "graph.html" => "text/html; charset=utf-8",
    "app.js" => "text/javascript; charset=utf-8",
    "app.css" => "text/css; charset=utf-8",
    "graph.js" => "text/javascript; charset=utf-8",
    "vendor/viz/LICENSE" => "text/plain; charset=utf-8",
    "vendor/viz/LICENSE-graphviz-EPL-1.0.txt" => "text/plain; charset=utf-8",
    "vendor/viz/NOTICE.md" => "text/markdown; charset=utf-8",
    "vendor/viz/viz-standalone.js" => "text/javascript; charset=utf-8",
    "vendor/yasgui/LICENSE" => "text/plain; charset=utf-8",
    "vendor/yasgui/NOTICE.md" => "text/markdown; charset=utf-8",
    "vendor/yasgui/yasgui.min.css" => "text/css; charset=utf-8",
    "vendor/yasgui/yasgui.min.js" => "text/javascript; charset=utf-8",
};

/// The embedded files' paths, for tests.
pub fn static_paths() -> Vec<&'static str> {
    STATIC_FILES.iter().map(|f| f.path).collect()
}

fn static_file(path: &str) -> Option<&'static StaticFile> {
    STATIC_FILES.iter().find(|f| f.path == path)
}

fn static_etag(file: &StaticFile) -> String {
    static TAGS: once_cell::sync::Lazy<HashMap<&'static str, String>> =
        once_cell::sync::Lazy::new(|| {
            STATIC_FILES
                .iter()
                .map(|f| {
                    let d = digest(f.body);
                    let hex: String = d[..8].iter().map(|b| format!("{b:02x}")).collect();
                    (f.path, format!("\"{hex}\""))
                })
                .collect()
        });
    TAGS.get(file.path).cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(accept: &str, candidates: &[Format]) -> Option<&'static str> {
        negotiate(Some(accept), candidates).map(|f| f.media)
    }

    #[test]
    fn content_negotiation_follows_q_values_and_specificity() {
        assert_eq!(
            negotiate(None, RESULT_FORMATS).map(|f| f.media),
            Some("application/sparql-results+json")
        );
        assert_eq!(
            pick("*/*", RESULT_FORMATS),
            Some("application/sparql-results+json")
        );
        assert_eq!(pick("text/csv", RESULT_FORMATS), Some("text/csv"));
        assert_eq!(pick("text/*", RESULT_FORMATS), Some("text/csv"));
        assert_eq!(
            pick("text/*;q=0.5, text/tab-separated-values", RESULT_FORMATS),
            Some("text/tab-separated-values")
        );
        assert_eq!(
            pick("application/json", RESULT_FORMATS),
            Some("application/sparql-results+json")
        );
        assert_eq!(
            pick("application/xml", RESULT_FORMATS),
            Some("application/sparql-results+xml")
        );
        assert_eq!(
            pick(
                "text/csv;q=0.2, application/sparql-results+xml;q=0.9, */*;q=0.1",
                RESULT_FORMATS
            ),
            Some("application/sparql-results+xml")
        );
        // A more specific range overrides a wildcard, even to refuse.
        assert_eq!(
            pick("*/*, application/sparql-results+json;q=0", RESULT_FORMATS),
            Some("application/sparql-results+xml")
        );
        assert_eq!(pick("image/png", RESULT_FORMATS), None);
        assert_eq!(pick("text/turtle", RESULT_FORMATS), None);
        assert_eq!(pick("text/turtle", GRAPH_FORMATS), Some("text/turtle"));
        assert_eq!(
            pick(
                "application/rdf+xml;q=0.9, application/n-triples",
                GRAPH_FORMATS
            ),
            Some("application/n-triples")
        );
        assert_eq!(
            pick("application/xml", GRAPH_FORMATS),
            Some("application/rdf+xml")
        );
        // Garbage is ignored rather than refused.
        assert_eq!(
            pick(",,;;garbage", RESULT_FORMATS),
            Some("application/sparql-results+json")
        );
        assert_eq!(
            format_by_name("CSV", RESULT_FORMATS).map(|f| f.media),
            Some("text/csv")
        );
        assert_eq!(
            format_by_name("text/turtle; charset=utf-8", GRAPH_FORMATS).map(|f| f.media),
            Some("text/turtle")
        );
        assert!(format_by_name("ttl", RESULT_FORMATS).is_none());
    }

    #[test]
    fn small_helpers() {
        assert_eq!(http_date(UNIX_EPOCH), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(
            http_date(UNIX_EPOCH + Duration::from_secs(1_709_251_199)),
            "Thu, 29 Feb 2024 23:59:59 GMT"
        );
        assert!(is_loopback_host("localhost:7878"));
        assert!(is_loopback_host("127.0.0.1"));
        assert!(is_loopback_host("[::1]:80"));
        assert!(!is_loopback_host("evil.example:7878"));
        assert!(!is_loopback_host("127.0.0.1.evil.example"));
        assert_eq!(percent_decode("%E5%8D%AB%2F"), Some("卫/".to_string()));
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%E5"), None);
        assert_eq!(
            find_head_end(b"GET / HTTP/1.1\r\nHost: x\r\n\r\nBODY", 0),
            Some((24, 27))
        );
        assert_eq!(
            find_head_end(b"GET / HTTP/1.1\nHost: x\n\nBODY", 0),
            Some((22, 24))
        );
        assert_eq!(find_head_end(b"GET / HTTP/1.1\r\nHost: x\r\n", 0), None);
        assert_eq!(
            sentence_anchor("https://jiandu.dev/id/doc/x/s/42"),
            Some("s-42".into())
        );
        assert_eq!(sentence_anchor("https://jiandu.dev/id/doc/x/s/4\"2"), None);
        assert_eq!(
            esc("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert!(constant_time_eq(&digest(b"a"), &digest(b"a")));
        assert!(!constant_time_eq(&digest(b"a"), &digest(b"b")));
        let static_paths = static_paths();
        assert!(static_paths.contains(&"/static/index.html"));
        assert!(static_paths.iter().all(|p| !p.contains("..")));
    }

    #[test]
    fn search_ranks_exact_then_prefix_then_substring() {
        let entry = |label: &str, alts: &[&str]| SearchEntry {
            iri: format!("https://jiandu.dev/id/unit/{label}"),
            label: label.to_string(),
            kind: "Unit",
            names: std::iter::once(label)
                .chain(alts.iter().copied())
                .map(str::to_lowercase)
                .collect(),
        };
        let index = vec![
            entry("吉林省卫健委办公室", &[]),
            entry("卫健委", &[]),
            entry("吉林省卫健委", &[]),
            entry("卫健委机关", &[]),
            entry("吉林省卫生健康委员会", &["省卫健委"]),
            entry("ABC Unit", &[]),
        ];
        let labels: Vec<&str> = search_entries(&index, "卫健委")
            .iter()
            .map(|e| e.label.as_str())
            .collect();
        assert_eq!(
            labels,
            [
                "卫健委",
                "卫健委机关",
                "吉林省卫健委",
                "吉林省卫健委办公室",
                "吉林省卫生健康委员会"
            ]
        );
        assert_eq!(search_entries(&index, "abc unit").len(), 1);
        assert_eq!(
            search_entries(&index, "衛健委").len(),
            5,
            "traditional characters"
        );
    }
}
