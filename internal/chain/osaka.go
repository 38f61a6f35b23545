package chain

import "github.com/ethereum/go-ethereum/params"

// OsakaConfig is go-ethereum's dev chain config (chain id 1337) pinned to Osaka, mainnet's rules
// since Fusaka: the dev config also enables Amsterdam and Bogota, whose state-gas metering
// prices new storage several times higher than mainnet.
func OsakaConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.AmsterdamTime = nil
	c.BogotaTime = nil
	return &c
}
