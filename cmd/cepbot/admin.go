package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// opsRoutes registers the operators' routes: /healthz (the process
// answers), /readyz (started, not stopping, store reachable) and, when
// metrics is not nil, /metrics.
func opsRoutes(mux *http.ServeMux, store bot.Store, ready *atomic.Bool, metrics http.Handler) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		pctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if !ready.Load() {
			http.Error(w, "starting or stopping", http.StatusServiceUnavailable)
			return
		}
		if err := store.Ping(pctx); err != nil {
			http.Error(w, "store unreachable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	if metrics != nil {
		mux.Handle("GET /metrics", metrics)
	}
}

// adminServer serves the operators' routes on CEPBOT_ADMIN_ADDR, apart
// from the public webhooks: /metrics then leaves the public port.
type adminServer struct {
	srv *http.Server
	ln  net.Listener
}

func listenAdmin(addr string, store bot.Store, ready *atomic.Bool, metrics http.Handler) (*adminServer, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("admin listener %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	opsRoutes(mux, store, ready, metrics)
	return &adminServer{ln: ln, srv: &http.Server{
		Handler: http.MaxBytesHandler(mux, 1<<16), ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout: 10 * time.Second, WriteTimeout: 15 * time.Second, IdleTimeout: 60 * time.Second,
	}}, nil
}

// serve runs until Shutdown; its error (other than a clean stop) goes to errc.
func (s *adminServer) serve(errc chan<- error) {
	go func() {
		if err := s.srv.Serve(s.ln); err != nil && err != http.ErrServerClosed {
			errc <- err
		}
	}()
}
