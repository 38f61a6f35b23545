#!/usr/bin/env bash
# Reads the market of a running `veritrain devnet` with nothing but curl and JSON-RPC: a client
# that is not ours. Usage: scripts/devnet-curl.sh [DATADIR] (default ./devnet).
# Selectors: jobCount() = 0x4c5d8a0f, totalOwed() = 0xe7fa9f7d (first 4 bytes of keccak256).
set -euo pipefail
dir=${1:-devnet}
cfg="$dir/devnet.json"
[ -f "$cfg" ] || { echo "no $cfg: start 'veritrain devnet --datadir $dir' first" >&2; exit 1; }
url=$(sed -n 's/.*"http_url": *"\([^"]*\)".*/\1/p' "$cfg" | head -1)
market=$(tr -d '\n ' < "$cfg" | sed -n 's/.*"deployment":{[^}]*"market":"\(0x[0-9a-fA-F]*\)".*/\1/p')
rpc() { curl -sf -X POST -H 'content-type: application/json' --data "$1" "$url"; }
call() { rpc "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_call\",\"params\":[{\"to\":\"$market\",\"data\":\"$1\"},\"latest\"]}" | sed -n 's/.*"result":"\(0x[0-9a-f]*\)".*/\1/p'; }
echo "rpc        $url"
echo "chain id   $(rpc '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' | sed -n 's/.*"result":"\([^"]*\)".*/\1/p')"
echo "block      $(rpc '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' | sed -n 's/.*"result":"\([^"]*\)".*/\1/p')"
echo "market     $market"
echo "jobCount   $((16#$(call 0x4c5d8a0f | sed 's/^0x//')))"
echo "totalOwed  $(call 0xe7fa9f7d) (hex, token base units)"
