# veritrain: common tasks. `make test` is the command the README and CI use.
GO ?= go
PKGS := ./...
FUZZTIME ?= 30s
CHAOS_RUNS ?= 4

.PHONY: all build test race lint bench bench-parallel fuzz chaos arm64 determinism clean contracts

all: build

build:
	$(GO) build -o bin/veritrain ./cmd/veritrain

# The test suite CI runs: vet, formatting, unit + golden tests, race detector on the
# concurrent packages.
test: lint
	$(GO) test -count=1 -timeout 30m $(PKGS)
	$(GO) test -count=1 -race -short ./internal/tensor/ ./internal/autograd/ ./internal/commit/ ./internal/safetensors/ ./internal/data/ ./internal/spec/

race:
	$(GO) test -count=1 -race $(PKGS)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

# Same golden bits on other builds: GOAMD64 levels, and arm64 under qemu-user.
# The golden runs across builds. The tag nochain leaves out internal/train's on-chain dispute
# tests (chaingame_test.go), which would compile go-ethereum once more for every build.
determinism:
	GOAMD64=v1 $(GO) test -count=1 -tags nochain -run 'Golden|Thread' ./internal/train/ ./internal/fmath/
	GOAMD64=v3 $(GO) test -count=1 -tags nochain -run 'Golden|Thread' ./internal/train/ ./internal/fmath/
	$(GO) test -count=1 -tags purego,nochain -run 'Golden|Thread' ./internal/train/ ./internal/fmath/
	$(MAKE) arm64

arm64:
	GOARCH=arm64 $(GO) test -count=1 -short -exec qemu-aarch64-static ./internal/fmath/ ./internal/tensor/ ./internal/autograd/
	GOARCH=arm64 $(GO) test -count=1 -tags nochain -exec qemu-aarch64-static -run 'Golden|Thread' ./internal/train/

# The benchmark harness (bench/, build tag "bench"; see bench/main.go): matmul GFLOP/s against
# OpenBLAS and gonum, MNIST training against Gorgonia and plain Go loops, the examples' step times,
# the state-root cost and peak RSS, as medians of interleaved repetitions (about 8 minutes). It
# installs Debian's libopenblas-dev first if the OpenBLAS header is missing. Pass flags with
# BENCHFLAGS, e.g. `make bench BENCHFLAGS=-quick` (about a minute) or
# `make bench BENCHFLAGS='-sizes 512,1024 -repeat 7'`. The Go micro-benchmarks stay available
# through `go test -run '^$' -bench . ./internal/...`.
BENCHFLAGS ?=
bench:
	@pkgs=; \
	ls /usr/include/*/openblas-pthread/cblas.h /usr/include/*/openblas-openmp/cblas.h /usr/include/openblas/cblas.h 2>/dev/null | grep -q . || pkgs=libopenblas-dev; \
	command -v $(CC) >/dev/null || pkgs="$$pkgs gcc"; \
	if [ -n "$$pkgs" ]; then \
	  echo "make bench: installing $$pkgs (cgo and the OpenBLAS reference)"; \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo sh -c "DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkgs" || exit 1; \
	fi
	CGO_ENABLED=1 $(GO) run -tags bench ./bench $(BENCHFLAGS)

# The convergence benchmark of sharded training (issue 8): each example by one solver against
# 4 shards reading the same samples, for several H (VERITRAIN_PARALLEL_H=50,100,150), with the
# bytes exchanged. About 10 minutes.
bench-parallel:
	VERITRAIN_PARALLEL_BENCH=1 $(GO) test -count=1 -timeout 0 -v -run '^TestParallelConvergence$$' ./internal/train/

# Runs every fuzz target for FUZZTIME each, then the long modes of the randomised tests: the
# market's invariant test (VERITRAIN_INVARIANT_SEQS random action sequences, default 2000: about
# 4 a second on 2 idle cores, so 8 minutes, from a new first seed each run, printed; a failing
# sequence prints the command that replays it), the dispute-game simulator (GAME_SIM_WORLDS
# worlds, default 3000), honest runs under many job seeds (VERITRAIN_HONEST_SEEDS, default 20), F32.sol
# against Go (VERITRAIN_F32_N) and the Judge's segment checks against Go (VERITRAIN_PARTIAL_N).
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done
	@echo "== market invariants"; VERITRAIN_INVARIANT_SEQS=$${VERITRAIN_INVARIANT_SEQS:-2000} \
	  $(GO) test -count=1 -timeout 0 -v -run '^TestRandomSequencesKeepInvariants$$' ./internal/contracts/
	@echo "== dispute game simulator"; GAME_SIM_WORLDS=$${GAME_SIM_WORLDS:-3000} \
	  $(GO) test -count=1 -timeout 0 -run '^TestSim' ./internal/game/
	@echo "== honest solvers under many seeds"; VERITRAIN_HONEST_SEEDS=$${VERITRAIN_HONEST_SEEDS:-20} \
	  $(GO) test -count=1 -timeout 0 -run '^TestHonestSolversNeverWrong$$' ./internal/train/
	@echo "== F32.sol against Go, VERITRAIN_F32_N inputs per op (default 1000000, new seed each run)"; VERITRAIN_F32_N=$${VERITRAIN_F32_N:-1000000} $(GO) test -count=1 -timeout 0 -v -run '^TestF32' ./internal/contracts/
	@echo "== Judge.checkPartial against Go, VERITRAIN_PARTIAL_N random segment checks (default 50000)"; VERITRAIN_PARTIAL_N=$${VERITRAIN_PARTIAL_N:-50000} \
	  $(GO) test -count=1 -timeout 0 -v -run '^TestJudgePartialRandom$$' ./internal/contracts/

# A bounded chaos loop: CHAOS_RUNS market demos (default 4; 3 to 6 minutes each), each a random
# scenario (nodes killed and restarted at random moments, a cheater under chaos, a sharded
# solver killed for good at a random step, a wrong aggregate), each checked against the market's
# invariants (scripts/chaos). CHAOS_SEED replays a loop.
chaos:
	$(GO) run ./scripts/chaos -runs $(CHAOS_RUNS) $(if $(CHAOS_SEED),-seed $(CHAOS_SEED))

# Regenerates the Solidity artifacts and the Go bindings: npm ci installs the pinned solc and
# OpenZeppelin (contracts/package-lock.json), compile.js writes contracts/build/, and
# scripts/bindgen writes the abigen v2 bindings in internal/contracts/ (go-ethereum's abigen at
# the go.mod version). Commit all three; the tests of internal/contracts fail when they drift.
contracts:
	cd contracts && npm ci --no-audit --no-fund --loglevel=error && node compile.js
	$(GO) run ./scripts/bindgen

clean:
	rm -rf bin runs
