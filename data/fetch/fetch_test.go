package fetch_test

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dateline/dateline/data/fetch"
)

// page is a small HTML page of our own.
const page = "<!doctype html><html><head><title>Harbour reopens</title></head><body><p>The harbour reopened on 3 March 2025.</p></body></html>"

// newServer serves the handlers of routes on a local test server; the
// internet is never touched.
func newServer(t *testing.T, routes map[string]http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for path, h := range routes {
		mux.HandleFunc(path, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func serve(contentType, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		fmt.Fprint(w, body)
	}
}

// slow sends a few bytes, then waits for the client to go away.
func slow(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprint(w, "<html><body><p>The first words")
	w.(http.Flusher).Flush()
	<-r.Context().Done()
}

// redirects redirects to /hop/n+1 until n reaches stop, then serves page.
func redirects(stop int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n < stop {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusFound)
			return
		}
		serve("text/html", page)(w, r)
	}
}

func testFetcher() *fetch.Fetcher {
	f := fetch.New()
	f.Timeout = 2 * time.Second
	f.MaxSize = 4 << 10
	f.Now = func() time.Time { return time.Date(2025, 3, 4, 9, 30, 0, 0, time.UTC) }
	return f
}

type getCase struct {
	name    string
	path    string // on the test server; or url when set
	url     string
	timeout time.Duration
	want    error  // errors.Is the error; nil for success
	media   string // the page's media type on success
}

func TestFetcher_Get(t *testing.T) {
	big := strings.Repeat("<p>Ferry timetable.</p>", 400) // 9,200 bytes, over the test cap
	srv := newServer(t, map[string]http.HandlerFunc{
		"/story":   serve("text/html; charset=utf-8", page),
		"/feed":    serve("application/rss+xml", `<rss><channel><item><title>A</title></item></channel></rss>`),
		"/notes":   serve("", "Plain words from a field report, sent on 3 March 2025."),
		"/binary":  serve("", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"/image":   serve("image/png", "\x89PNG"),
		"/big":     serve("text/html", big),
		"/missing": http.NotFound,
		"/slow":    slow,
		"/loop":    func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) },
		"/hop/":    redirects(5),
		"/toofar/": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/hop/0", http.StatusFound) },
		"/tofile": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		},
		"/chunked/": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			chunks(w, big)
		},
	})
	cases := []getCase{
		{name: "html", path: "/story", media: "text/html"},
		{name: "rss feed", path: "/feed", media: "application/rss+xml"},
		{name: "no content type, sniffed as text", path: "/notes", media: "text/plain"},
		{name: "no content type, sniffed as binary", path: "/binary", want: fetch.ErrContentType},
		{name: "wrong content type", path: "/image", want: fetch.ErrContentType},
		{name: "over the size cap", path: "/big", want: fetch.ErrTooLarge},
		{name: "over the size cap with no length", path: "/chunked/", want: fetch.ErrTooLarge},
		{name: "not found", path: "/missing", want: fetch.ErrStatus},
		{name: "slow body", path: "/slow", timeout: 300 * time.Millisecond, want: context.DeadlineExceeded},
		{name: "redirect loop", path: "/loop", want: fetch.ErrRedirects},
		{name: "five redirects", path: "/hop/0", media: "text/html"},
		{name: "six redirects", path: "/toofar/", want: fetch.ErrRedirects},
		{name: "redirect to file:", path: "/tofile", want: fetch.ErrScheme},
		{name: "file scheme", url: "file:///etc/passwd", want: fetch.ErrScheme},
		{name: "ftp scheme", url: "ftp://" + strings.TrimPrefix(srv.URL, "http://") + "/story", want: fetch.ErrScheme},
		{name: "javascript scheme", url: "javascript:alert(1)", want: fetch.ErrScheme},
		{name: "no scheme", url: "example.invalid/story", want: fetch.ErrScheme},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := testFetcher()
			if c.timeout != 0 {
				f.Timeout = c.timeout
			}
			u := c.url
			if u == "" {
				u = srv.URL + c.path
			}
			p, err := f.Get(context.Background(), u, nil)
			if c.want != nil {
				if !errors.Is(err, c.want) {
					t.Fatalf("Get(%s) = %v, want an error wrapping %v", u, err, c.want)
				}
				if !strings.Contains(err.Error(), u) {
					t.Errorf("error %q does not name the URL", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Get(%s): %v", u, err)
			}
			if p.MediaType != c.media {
				t.Errorf("MediaType = %q, want %q", p.MediaType, c.media)
			}
			if !p.Fetched.Equal(f.Now()) {
				t.Errorf("Fetched = %v, want %v", p.Fetched, f.Now())
			}
		})
	}
}

// chunks writes body in flushed pieces, so the response has no length.
func chunks(w http.ResponseWriter, body string) {
	for len(body) > 0 {
		n := min(len(body), 1000)
		fmt.Fprint(w, body[:n])
		w.(http.Flusher).Flush()
		body = body[n:]
	}
}

func TestFetcher_Get_finalURLAfterRedirects(t *testing.T) {
	srv := newServer(t, map[string]http.HandlerFunc{"/hop/": redirects(2)})
	p, err := testFetcher().Get(context.Background(), srv.URL+"/hop/0", nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := srv.URL + "/hop/2"; p.URL != want || string(p.Body) != page {
		t.Errorf("URL %q, body %q; want %q and the page", p.URL, p.Body, want)
	}
}

func TestFetcher_Get_progress(t *testing.T) {
	body := strings.Repeat("<p>Quay works continue.</p>", 100)
	srv := newServer(t, map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		chunks(w, body)
	}})
	var last, total int64
	calls := 0
	_, err := testFetcher().Get(context.Background(), srv.URL+"/", func(read, length int64) {
		if read < last {
			t.Errorf("progress went back from %d to %d", last, read)
		}
		last, total, calls = read, length, calls+1
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls == 0 || last != int64(len(body)) || total != int64(len(body)) {
		t.Errorf("%d calls, last %d of %d; want the end at %d of %d", calls, last, total, len(body), len(body))
	}
}

// TestFetcher_Get_cancel cancels while the body is arriving: Get returns
// at once with the context's error.
func TestFetcher_Get_cancel(t *testing.T) {
	srv := newServer(t, map[string]http.HandlerFunc{"/slow": slow})
	ctx, cancel := context.WithCancel(context.Background())
	var started atomic.Bool
	go func() {
		for !started.Load() {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	start := time.Now()
	_, err := testFetcher().Get(ctx, srv.URL+"/slow", func(int64, int64) { started.Store(true) })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("cancel took %v", d)
	}
}

// TestFetcher_Get_untrustedCertificate fetches from a TLS server whose
// certificate the system does not trust: the fetch fails with the
// verification error, and the same server trusted works.
func TestFetcher_Get_untrustedCertificate(t *testing.T) {
	srv := httptest.NewTLSServer(serve("text/html", page))
	defer srv.Close()
	_, err := testFetcher().Get(context.Background(), srv.URL, nil)
	var verr *tls.CertificateVerificationError
	if !errors.As(err, &verr) {
		t.Fatalf("err = %v, want a certificate verification error", err)
	}
	f := testFetcher()
	f.Transport = srv.Client().Transport
	if _, err := f.Get(context.Background(), srv.URL, nil); err != nil {
		t.Errorf("trusted: %v", err)
	}
}

func TestIsURL(t *testing.T) {
	type isURLCase struct {
		in   string
		want bool
	}
	for _, c := range []isURLCase{
		{"https://news.example/story", true},
		{"  http://127.0.0.1:8080/a?b=c  ", true},
		{"ftp://news.example/story", false},
		{"javascript:alert(1)", false},
		{"news.example/story", false},
		{"The harbour reopened on Monday.", false},
		{"https://", false},
	} {
		if got := fetch.IsURL(c.in); got != c.want {
			t.Errorf("IsURL(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestFetcher_Get_connectTimeout fetches over https from a server that
// accepts the connection and never answers the TLS handshake: the fetch
// gives up after ConnectTimeout, well before the whole request's Timeout.
func TestFetcher_Get_connectTimeout(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // held open, silent
		}
	}()
	f := testFetcher()
	f.ConnectTimeout, f.Timeout = 200*time.Millisecond, 10*time.Second
	start := time.Now()
	_, err = f.Get(context.Background(), "https://"+ln.Addr().String()+"/story", nil)
	if err == nil || !strings.Contains(err.Error(), "TLS handshake timeout") {
		t.Fatalf("err = %v, want a TLS handshake timeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("gave up after %v", d)
	}
}
