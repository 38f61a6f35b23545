// Package node is the driver of `veritrain node`: it keeps the node's state in an embedded
// database, reads the chain into the views of internal/market's rules and carries out their
// actions. This file is the database.
package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"veritrain/internal/market"
)

// DB is the node's state on disk: one bbolt file in its data directory holding what the node
// did (bids, quotes, runs, commits, verifications, disputes) and how far it followed the chain.
// Every write is one transaction, so a crash leaves each record either as it was or as it was
// written, and a restarted node reads back exactly what it had recorded.
type DB struct{ b *bolt.DB }

// Table is a bucket of records keyed by job, or by job, shard and attempt.
type Table string

// The tables. Values are JSON.
const (
	TableBids      Table = "bids"      // job → the price bid
	TableSkipped   Table = "skipped"   // job → why the solver did not bid
	TableQuotes    Table = "quotes"    // job → market.Quote
	TableRuns      Table = "runs"      // run → market.Run
	TableCommitted Table = "committed" // run → true once the commit was sent
	TableFinalized Table = "finalized" // job/shard → true once finalizeShard was sent
	TableChecks    Table = "checks"    // run → market.Check
	TableDisputed  Table = "disputed"  // run → the game id (0 while the open is pending)
	TableGames     Table = "games"     // game → GameRecord: a game the node played, once over
	TablePicks     Table = "picks"     // game/moves → PickRecord: a state the challenger picked in
)

var tables = []Table{TableBids, TableSkipped, TableQuotes, TableRuns, TableCommitted, TableFinalized, TableChecks, TableDisputed,
	TableGames, TablePicks}

var metaBucket = []byte("meta")

// dbVersion is the layout of the database; a node refuses a database of another version
// rather than misread it.
const dbVersion = 1

// ErrInUse is returned by OpenDB when another process holds the database.
var ErrInUse = errors.New("node: the database is in use by another process (is a node already running with this data directory?)")

// OpenDB opens (creating it if needed) the database at path.
func OpenDB(path string) (*DB, error) {
	b, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s", ErrInUse, path)
	}
	if err != nil {
		return nil, fmt.Errorf("node: open the database %s: %w", path, err)
	}
	err = b.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(metaBucket)
		if err != nil {
			return err
		}
		switch v := meta.Get([]byte("version")); {
		case v == nil:
			if err := meta.Put([]byte("version"), []byte(strconv.Itoa(dbVersion))); err != nil {
				return err
			}
		case string(v) != strconv.Itoa(dbVersion):
			return fmt.Errorf("node: %s has database version %q, this node reads version %d", path, v, dbVersion)
		}
		for _, t := range tables {
			if _, err := tx.CreateBucketIfNotExists([]byte(t)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Close()
		return nil, err
	}
	return &DB{b: b}, nil
}

// Close closes the database.
func (d *DB) Close() error { return d.b.Close() }

// JobKey is the key of job id: fixed width, so that keys sort by job.
func JobKey(id uint64) string { return fmt.Sprintf("%020d", id) }

// RunKey is the key of a run (job, shard, attempt), and of a round of it (job, shard, attempt,
// round) when Round > 0.
func RunKey(k market.RunKey) string {
	if k.Round > 0 {
		return fmt.Sprintf("%020d/%06d/%06d/%06d", k.Job, k.Shard, k.Attempt, k.Round)
	}
	return fmt.Sprintf("%020d/%06d/%06d", k.Job, k.Shard, k.Attempt)
}

// ShardKey is the key of a job's shard.
func ShardKey(job uint64, shard int) string { return fmt.Sprintf("%020d/%06d", job, shard) }

// finalizedKey is the key of a round of a job's shard in TableFinalized.
func finalizedKey(job uint64, shard, round int) string {
	return fmt.Sprintf("%020d/%06d/%06d", job, shard, round)
}

// ParseRunKey inverts RunKey.
func ParseRunKey(s string) (market.RunKey, error) {
	var k market.RunKey
	parts := strings.Split(s, "/")
	if len(parts) < 3 || len(parts) > 4 || len(parts[0]) != 20 || len(parts[1]) != 6 || len(parts[2]) != 6 ||
		(len(parts) == 4 && (len(parts[3]) != 6 || parts[3] == "000000")) {
		return k, fmt.Errorf("node: bad run key %q", s)
	}
	job, err1 := strconv.ParseUint(parts[0], 10, 64)
	shard, err2 := strconv.Atoi(parts[1])
	att, err3 := strconv.Atoi(parts[2])
	var round int
	var err4 error
	if len(parts) == 4 {
		round, err4 = strconv.Atoi(parts[3])
	}
	if err := errors.Join(err1, err2, err3, err4); err != nil || shard < 0 || att < 0 || round < 0 {
		return k, fmt.Errorf("node: bad run key %q: %w", s, err)
	}
	return market.RunKey{Job: job, Shard: shard, Attempt: att, Round: round}, nil
}

// Put stores v under key in table t.
func (d *DB) Put(t Table, key string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("node: encode %s/%s: %w", t, key, err)
	}
	return d.b.Update(func(tx *bolt.Tx) error { return bucket(tx, t).Put([]byte(key), raw) })
}

// Get reads the record under key in table t into v; ok is false if there is none.
func (d *DB) Get(t Table, key string, v any) (ok bool, err error) {
	err = d.b.View(func(tx *bolt.Tx) error {
		raw := bucket(tx, t).Get([]byte(key))
		if raw == nil {
			return nil
		}
		ok = true
		if err := json.Unmarshal(raw, v); err != nil {
			return fmt.Errorf("node: decode %s/%s: %w", t, key, err)
		}
		return nil
	})
	return ok, err
}

// Delete removes the record under key in table t (if any).
func (d *DB) Delete(t Table, key string) error {
	return d.b.Update(func(tx *bolt.Tx) error { return bucket(tx, t).Delete([]byte(key)) })
}

// Each calls fn for every record of table t in key order, with a decoder of its value.
func (d *DB) Each(t Table, fn func(key string, decode func(v any) error) error) error {
	return d.b.View(func(tx *bolt.Tx) error {
		return bucket(tx, t).ForEach(func(k, raw []byte) error {
			return fn(string(k), func(v any) error {
				if err := json.Unmarshal(raw, v); err != nil {
					return fmt.Errorf("node: decode %s/%s: %w", t, k, err)
				}
				return nil
			})
		})
	})
}

// Cursor is the last block the node has fully processed (0: none).
func (d *DB) Cursor() (uint64, error) { return d.meta("cursor") }

// SetCursor records that every block up to n has been processed.
func (d *DB) SetCursor(n uint64) error { return d.setMeta("cursor", n) }

// GameKey is the key of game id: fixed width, so that keys sort by game.
func GameKey(id uint64) string { return fmt.Sprintf("%020d", id) }

// GameFloor is the lowest game id that may still be open (0: none recorded): every game below
// it was over when the node last read it, and a game that is over never reopens.
func (d *DB) GameFloor() (uint64, error) { return d.meta("game-floor") }

// SetGameFloor records the lowest game id that may still be open.
func (d *DB) SetGameFloor(id uint64) error { return d.setMeta("game-floor", id) }

// RoundGameFloor is the lowest round-game id that may still be open (0: none recorded).
func (d *DB) RoundGameFloor() (uint64, error) { return d.meta("round-game-floor") }

// SetRoundGameFloor records the lowest round-game id that may still be open.
func (d *DB) SetRoundGameFloor(id uint64) error { return d.setMeta("round-game-floor", id) }

// JobFloor is the lowest job id that may still be open (0: none recorded): every job below it
// was closed when the node last read it, and closed jobs never reopen.
func (d *DB) JobFloor() (uint64, error) { return d.meta("job-floor") }

// SetJobFloor records the lowest job id that may still be open.
func (d *DB) SetJobFloor(id uint64) error { return d.setMeta("job-floor", id) }

func (d *DB) meta(key string) (uint64, error) {
	var n uint64
	err := d.b.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(metaBucket).Get([]byte(key))
		if v == nil {
			return nil
		}
		var err error
		if n, err = strconv.ParseUint(string(v), 10, 64); err != nil {
			return fmt.Errorf("node: meta %s: %w", key, err)
		}
		return nil
	})
	return n, err
}

func (d *DB) setMeta(key string, n uint64) error {
	return d.b.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(metaBucket).Put([]byte(key), []byte(strconv.FormatUint(n, 10)))
	})
}

func bucket(tx *bolt.Tx, t Table) *bolt.Bucket {
	b := tx.Bucket([]byte(t))
	if b == nil {
		panic(fmt.Sprintf("node: no table %q", t)) // every table is created by OpenDB
	}
	return b
}

// SolverRecords fills the node's own records of a market.SolverView (bids, skips, quotes, runs,
// commits, finalizations) from the database.
func (d *DB) SolverRecords(v *market.SolverView) error {
	v.Bids, v.Skipped, v.Quotes = map[uint64]bool{}, map[uint64]bool{}, map[uint64]market.Quote{}
	v.Runs, v.Committed, v.Finalized = map[market.RunKey]market.Run{}, map[market.RunKey]bool{}, map[[3]uint64]bool{}
	job := func(key string) (uint64, error) { return strconv.ParseUint(key, 10, 64) }
	err := d.Each(TableBids, func(k string, _ func(any) error) error {
		id, err := job(k)
		v.Bids[id] = true
		return err
	})
	if err == nil {
		err = d.Each(TableSkipped, func(k string, _ func(any) error) error {
			id, err := job(k)
			v.Skipped[id] = true
			return err
		})
	}
	if err == nil {
		err = d.Each(TableQuotes, func(k string, dec func(any) error) error {
			id, err := job(k)
			if err != nil {
				return err
			}
			var q market.Quote
			if err := dec(&q); err != nil {
				return err
			}
			if q.Cost == nil || q.Price == nil {
				return fmt.Errorf("node: quote of job %d without a cost or price", id)
			}
			v.Quotes[id] = q
			return nil
		})
	}
	if err == nil {
		err = d.Each(TableRuns, func(k string, dec func(any) error) error {
			rk, err := ParseRunKey(k)
			if err != nil {
				return err
			}
			var r market.Run
			if err := dec(&r); err != nil {
				return err
			}
			v.Runs[rk] = r
			return nil
		})
	}
	if err == nil {
		err = d.Each(TableCommitted, func(k string, _ func(any) error) error {
			rk, err := ParseRunKey(k)
			v.Committed[rk] = true
			return err
		})
	}
	if err == nil {
		err = d.Each(TableFinalized, func(k string, _ func(any) error) error {
			// job/shard (round 0, as written before jobs had rounds) or job/shard/round.
			parts := strings.Split(k, "/")
			if len(parts) < 2 || len(parts) > 3 {
				return fmt.Errorf("node: bad shard key %q", k)
			}
			var key [3]uint64
			var errs []error
			for i, p := range parts {
				var err error
				key[i], err = strconv.ParseUint(p, 10, 64)
				errs = append(errs, err)
			}
			v.Finalized[key] = true
			return errors.Join(errs...)
		})
	}
	return err
}

// VerifierRecords fills the verifier's own records of a market.VerifierView (its checks and the
// attempts it disputed) from the database.
func (d *DB) VerifierRecords(v *market.VerifierView) error {
	v.Checks, v.Disputed = map[market.RunKey]market.Check{}, map[market.RunKey]bool{}
	err := d.Each(TableChecks, func(k string, dec func(any) error) error {
		rk, err := ParseRunKey(k)
		if err != nil {
			return err
		}
		var c market.Check
		if err := dec(&c); err != nil {
			return err
		}
		v.Checks[rk] = c
		return nil
	})
	if err == nil {
		err = d.Each(TableDisputed, func(k string, _ func(any) error) error {
			rk, err := ParseRunKey(k)
			v.Disputed[rk] = true
			return err
		})
	}
	return err
}
