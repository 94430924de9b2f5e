package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// The limits of a Fetcher made by New.
const (
	// ConnectTimeout bounds dialling and the TLS handshake.
	ConnectTimeout = 10 * time.Second
	// Timeout bounds the whole request, redirects and body included.
	Timeout = 30 * time.Second
	// MaxRedirects is how many redirects a request may follow.
	MaxRedirects = 5
	// MaxSize is the largest body accepted, in bytes.
	MaxSize = 10 << 20
)

// Sentinel errors for what callers may branch on; Get wraps them in an
// *Error, so test them with errors.Is.
var (
	// ErrScheme refuses a URL that is not http or https.
	ErrScheme = errors.New("only http and https links can be fetched")
	// ErrRedirects reports more redirects than the limit, or a loop.
	ErrRedirects = errors.New("too many redirects")
	// ErrTooLarge reports a body over the size cap.
	ErrTooLarge = errors.New("too large")
	// ErrContentType reports content that is not HTML, a feed or text.
	ErrContentType = errors.New("not a web page, feed or text")
	// ErrStatus reports an HTTP status other than 2xx.
	ErrStatus = errors.New("server refused")
)

// Error records which URL failed and why.
type Error struct {
	// URL is the link as it was given.
	URL string
	// Err is the cause, often wrapping one of the sentinels or a
	// context, network or TLS error.
	Err error
}

// Error returns a message such as `fetch "http://x/a": too large (over 10 MB)`.
func (e *Error) Error() string { return fmt.Sprintf("fetch %q: %v", e.URL, e.Err) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Page is what a fetch gives.
type Page struct {
	// URL is where the content came from, after redirects.
	URL string
	// MediaType is the content's media type without parameters, such as
	// "text/html", from the server or sniffed when it names none.
	MediaType string
	// Body is the content as sent (at most the Fetcher's MaxSize bytes).
	Body []byte
	// Fetched is when the response arrived.
	Fetched time.Time
}

// Fetcher fetches pages within its limits. The zero value is not ready:
// use New and change the fields before the first Get.
type Fetcher struct {
	// ConnectTimeout bounds dialling and the TLS handshake of the
	// transport Get builds when Transport is nil.
	ConnectTimeout time.Duration
	// Timeout bounds the whole request.
	Timeout time.Duration
	// MaxRedirects is how many redirects a request may follow.
	MaxRedirects int
	// MaxSize is the largest body accepted, in bytes.
	MaxSize int64
	// Transport makes the connections; nil builds one that dials within
	// ConnectTimeout and trusts the system's certificates.
	Transport http.RoundTripper
	// Now gives the fetch time; New's is time.Now.
	Now func() time.Time
}

// New returns a Fetcher with the package's limits.
func New() *Fetcher {
	return &Fetcher{ConnectTimeout: ConnectTimeout, Timeout: Timeout, MaxRedirects: MaxRedirects,
		MaxSize: MaxSize, Now: time.Now}
}

// transport returns f.Transport, or one built from f's limits.
func (f *Fetcher) transport() http.RoundTripper {
	if f.Transport != nil {
		return f.Transport
	}
	dialer := &net.Dialer{Timeout: f.ConnectTimeout}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   f.ConnectTimeout,
		ResponseHeaderTimeout: f.Timeout,
	}
}

// IsURL reports whether s is an absolute http or https URL with a host,
// as a pasted line or a command-line argument would be.
func IsURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Get fetches rawURL. progress, if not nil, is called as the body arrives
// with the bytes read so far and the length the server announced (-1 when
// it announced none). Cancelling ctx stops the request at any point:
// while connecting, waiting for the server or reading the body. Errors are
// *Error values naming rawURL.
func (f *Fetcher) Get(ctx context.Context, rawURL string, progress func(read, total int64)) (*Page, error) {
	p, err := f.get(ctx, strings.TrimSpace(rawURL), progress)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	return p, nil
}

func (f *Fetcher) get(ctx context.Context, rawURL string, progress func(read, total int64)) (*Page, error) {
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8")
	req.Header.Set("User-Agent", "Dateline/1 (+timeline of news articles)")
	client := &http.Client{Transport: f.transport(), CheckRedirect: f.checkRedirect}
	resp, err := client.Do(req)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%w: %s", ErrStatus, resp.Status)
	}
	if resp.ContentLength > f.MaxSize {
		return nil, f.tooLarge()
	}
	declared := resp.Header.Get("Content-Type")
	if declared != "" {
		if err := checkType(declared); err != nil {
			return nil, err
		}
	}
	body, err := f.readBody(resp, progress)
	if err != nil {
		return nil, err
	}
	if declared == "" {
		declared = http.DetectContentType(body)
		if err := checkType(declared); err != nil {
			return nil, err
		}
	}
	media, _, _ := mime.ParseMediaType(declared)
	return &Page{URL: resp.Request.URL.String(), MediaType: media, Body: body, Fetched: f.Now().UTC()}, nil
}

// checkURL parses rawURL and refuses what is not http or https.
func checkURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("not a link: %w", err)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		scheme := u.Scheme
		if scheme == "" {
			scheme = "no scheme"
		}
		return nil, fmt.Errorf("%w (%s)", ErrScheme, scheme)
	case u.Host == "":
		return nil, errors.New("not a link: no host")
	}
	return u, nil
}

// checkRedirect follows at most MaxRedirects redirects, and only to http
// or https.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.MaxRedirects {
		return fmt.Errorf("%w (over %d, last to %s)", ErrRedirects, f.MaxRedirects, req.URL)
	}
	if _, err := checkURL(req.URL.String()); err != nil {
		return fmt.Errorf("redirect to %s: %w", req.URL, err)
	}
	return nil
}

// unwrapURLError drops the *url.Error wrapper, whose message repeats the
// method and URL that Error already names.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// acceptedTypes are the media types Dateline can read.
var acceptedTypes = map[string]bool{
	"text/html": true, "application/xhtml+xml": true,
	"application/rss+xml": true, "application/atom+xml": true, "application/rdf+xml": true,
	"application/xml": true, "text/xml": true,
	"text/plain": true, "text/markdown": true, "text/x-markdown": true,
}

// checkType refuses a Content-Type that names no readable media type.
func checkType(contentType string) error {
	media, _, err := mime.ParseMediaType(contentType)
	if err != nil || !acceptedTypes[media] {
		return fmt.Errorf("%w (%s)", ErrContentType, contentType)
	}
	return nil
}

// readBody reads at most MaxSize bytes of the body, reporting progress.
func (f *Fetcher) readBody(resp *http.Response, progress func(read, total int64)) ([]byte, error) {
	var buf bytes.Buffer
	if resp.ContentLength > 0 {
		buf.Grow(int(resp.ContentLength))
	}
	r := io.LimitReader(resp.Body, f.MaxSize+1)
	chunk := make([]byte, 32<<10)
	for {
		n, err := r.Read(chunk)
		buf.Write(chunk[:n])
		if int64(buf.Len()) > f.MaxSize {
			return nil, f.tooLarge()
		}
		if n > 0 && progress != nil {
			progress(int64(buf.Len()), resp.ContentLength)
		}
		switch {
		case err == io.EOF:
			return buf.Bytes(), nil
		case err != nil:
			return nil, fmt.Errorf("read: %w", err)
		}
	}
}

// tooLarge says by how much the cap was passed.
func (f *Fetcher) tooLarge() error {
	if f.MaxSize >= 1<<20 {
		return fmt.Errorf("%w (over %d MB)", ErrTooLarge, f.MaxSize>>20)
	}
	return fmt.Errorf("%w (over %d bytes)", ErrTooLarge, f.MaxSize)
}
