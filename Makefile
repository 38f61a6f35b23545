# veritrain: common tasks. `make test` is the command the README and CI use.
GO ?= go
PKGS := ./...
FUZZTIME ?= 30s

.PHONY: all build test race lint bench fuzz arm64 determinism clean demo

all: build

build:
	$(GO) build -o bin/veritrain ./cmd/veritrain

# The test suite CI runs: vet, formatting, unit + golden tests, race detector on the
# concurrent packages.
test: lint
	$(GO) test -count=1 $(PKGS)
	$(GO) test -count=1 -race -short ./internal/tensor/ ./internal/autograd/ ./internal/commit/ ./internal/safetensors/ ./internal/data/ ./internal/spec/

race:
	$(GO) test -count=1 -race $(PKGS)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

# Same golden bits on other builds: GOAMD64 levels, and arm64 under qemu-user.
determinism:
	GOAMD64=v1 $(GO) test -count=1 -run 'Golden|Thread' ./internal/train/ ./internal/fmath/
	GOAMD64=v3 $(GO) test -count=1 -run 'Golden|Thread' ./internal/train/ ./internal/fmath/
	$(GO) test -count=1 -tags purego -run 'Golden|Thread' ./internal/train/ ./internal/fmath/
	$(MAKE) arm64

arm64:
	GOARCH=arm64 $(GO) test -count=1 -short -exec qemu-aarch64-static ./internal/fmath/ ./internal/tensor/ ./internal/autograd/
	GOARCH=arm64 $(GO) test -count=1 -exec qemu-aarch64-static -run 'Golden|Thread' ./internal/train/

# Step time of both examples and kernel speeds: medians of 5 runs (pipe into benchstat to compare).
bench:
	$(GO) test -run '^$$' -bench . -benchtime 20x -count 5 ./internal/train/ | tee bench-train.txt
	$(GO) test -run '^$$' -bench . -count 5 ./internal/tensor/ ./internal/fmath/ ./internal/commit/ | tee bench-kernels.txt

# Runs every fuzz target for FUZZTIME each.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin runs
