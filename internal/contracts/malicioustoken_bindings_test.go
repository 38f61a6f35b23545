// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// MaliciousTokenMetaData contains all meta data concerning the MaliciousToken contract.
var MaliciousTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Blocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"returned\",\"type\":\"bytes\"}],\"name\":\"Reentered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"trigger_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload_\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"blocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payload\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"returned\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isBlocked\",\"type\":\"bool\"}],\"name\":\"setBlocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"succeeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trigger\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MaliciousToken",
	Bin: "0x60806040523461032f57604080519081016001600160401b03811182821017610237576040908152600f82526e36b0b634b1b4b7bab9903a37b5b2b760891b602083015280519081016001600160401b038111828210176102375760405260048152631155925360e21b602082015281516001600160401b03811161023757600354600181811c91168015610325575b602082101461021957601f81116102b7575b50602092601f821160011461025657928192935f9261024b575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161023757600454600181811c9116801561022d575b602082101461021957601f81116101ab575b50602091601f821160011461014b579181925f92610140575b50508160011b915f199060031b1c1916176004555b60405161123b90816103348239f35b015190505f8061011c565b601f1982169260045f52805f20915f5b8581106101935750836001951061017b575b505050811b01600455610131565b01515f1960f88460031b161c191690555f808061016d565b9192602060018192868501518155019401920161015b565b818111156101035760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610211575b81601f9101920160051c03905f5b828110610204575050610103565b5f828201556001016101f6565b5f91506101e8565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f1565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100bb565b601f1982169360035f52805f20915f5b86811061029f5750836001959610610287575b505050811b016003556100d0565b01515f1960f88460031b161c191690555f8080610279565b91926020600181928685015181550194019201610266565b818111156100a15760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b6020841061031d575b81601f9101920160051c03905f5b8281106103105750506100a1565b5f82820155600101610302565b5f91506102f4565b90607f169061008f565b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80620af2a11461015357806306fdde031461014e578063095ea7b31461014957806318160ddd146101445780631cff79cd1461013f57806323b872dd1461013a578063313ce5671461013557806340c10f19146101305780636cb764081461012b57806370a08231146101265780637fec8d3814610121578063917f51b41461011c578063934152501461011757806395d89b4114610112578063a878f8581461010d578063a9059cbb14610108578063d4b8399214610103578063dd62ed3e146100fe578063e5962195146100f95763ed64a1a2146100f4575f80fd5b610a99565b610a5c565b610a05565b6109dd565b6109ac565b61091a565b610875565b610850565b61082e565b610806565b6107cf565b61072a565b610523565b610508565b610468565b6103e9565b61039e565b6102e5565b61020b565b610188565b600435906001600160a01b038216820361016e57565b5f80fd5b602435906001600160a01b038216820361016e57565b3461016e57604036600319011261016e576101a1610158565b6024359081151580920361016e5760018060a01b03165f52600a60205260405f209060ff801983541691161790555f80f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9060206102089281815201906101d3565b90565b3461016e575f36600319011261016e576040515f60035461022b816106b7565b80845290600181169081156102c15750600114610263575b61025f8361025381850382610703565b604051918291826101f7565b0390f35b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106102a757509091508101602001610253610243565b91926001816020925483858801015201910190929161028f565b60ff191660208086019190915291151560051b840190910191506102539050610243565b3461016e57604036600319011261016e576102fe610158565b602435331561038b576001600160a01b0382169182156103785761033e8291335f52600160205260405f209060018060a01b03165f5260205260405f2090565b5560405190815233907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92590602090a3602060405160018152f35b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b3461016e575f36600319011261016e576020600254604051908152f35b9181601f8401121561016e5782359167ffffffffffffffff831161016e576020838186019501011161016e57565b3461016e57604036600319011261016e57610402610158565b60243567ffffffffffffffff811161016e575f9182610426819336906004016103bb565b9190826040519384928337810182815203925af1610442610c05565b90156104605761025f906040519182916020835260208301906101d3565b602081519101fd5b3461016e57606036600319011261016e57610481610158565b610489610172565b6001600160a01b0382165f9081526001602090815260408083203384529091529020549160443591905f1984106104d1575b6104c59350610d85565b60405160018152602090f35b8284106104ed576104e8836104c595033383610ee4565b6104bb565b8284637dc7a0d960e11b5f523360045260245260445260645ffd5b3461016e575f36600319011261016e57602060405160128152f35b3461016e57604036600319011261016e5761053c610158565b6024356001600160a01b03821680156106a4576001600160a01b0383165f908152600a60205260409020610572905b5460ff1690565b610688576006546105ab9391906001600160a01b03166001600160a01b03811691821515908161064c575b506105ad575b50505f6110bb565b005b5f807fc795d675bae28c9b448cdf5d53ef97a4699b804be667429b225cc0bac499949d926105e86001600160601b0360a01b60065416600655565b60405182816105f681610f2a565b03925af1610602610c05565b90610615600160ff196008541617600855565b6008805461ff001916821515821b61ff001617905561063382610f9e565b61064260405192839283611081565b0390a25f806105a3565b60055490915061066c906001600160a01b03165b6001600160a01b031690565b801591821561067e575b50505f61059d565b1490505f80610676565b6375e91ce760e01b5f526001600160a01b03831660045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b90600182811c921680156106e5575b60208310146106d157565b634e487b7160e01b5f52602260045260245ffd5b91607f16916106c6565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761072557604052565b6106ef565b3461016e575f36600319011261016e576040515f60095461074a816106b7565b80845290600181169081156102c157506001146107715761025f8361025381850382610703565b60095f9081527f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af939250905b8082106107b557509091508101602001610253610243565b91926001816020925483858801015201910190929161079d565b3461016e57602036600319011261016e576001600160a01b036107f0610158565b165f525f602052602060405f2054604051908152f35b3461016e575f36600319011261016e576005546040516001600160a01b039091168152602090f35b3461016e575f36600319011261016e57602060ff600854166040519015158152f35b3461016e575f36600319011261016e57602060ff60085460081c166040519015158152f35b3461016e575f36600319011261016e576040515f600454610895816106b7565b80845290600181169081156102c157506001146108bc5761025f8361025381850382610703565b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b80821061090057509091508101602001610253610243565b9192600181602092548385880101520191019092916108e8565b3461016e575f36600319011261016e576040515f60075461093a816106b7565b80845290600181169081156102c157506001146109615761025f8361025381850382610703565b60075f9081525f5160206111e65f395f51905f52939250905b80821061099257509091508101602001610253610243565b91926001816020925483858801015201910190929161097a565b3461016e57604036600319011261016e576109d26109c8610158565b6024359033610d85565b602060405160018152f35b3461016e575f36600319011261016e576006546040516001600160a01b039091168152602090f35b3461016e57604036600319011261016e576020610a53610a23610158565b610a2b610172565b6001600160a01b039182165f9081526001855260408082209290931681526020919091522090565b54604051908152f35b3461016e57602036600319011261016e576001600160a01b03610a7d610158565b165f52600a602052602060ff60405f2054166040519015158152f35b3461016e57606036600319011261016e57610ab2610158565b610aba610172565b60443567ffffffffffffffff811161016e57610ada9036906004016103bb565b91909260018060a01b03166001600160601b0360a01b600554161760055560018060a01b03166001600160601b0360a01b600654161760065567ffffffffffffffff811161072557610b3681610b316007546106b7565b610c5f565b5f601f8211600114610b99578190610b63935f92610b8e575b50508160011b915f199060031b1c19161790565b6007555b610b7660ff1960085416600855565b610b8661ff001960085416600855565b6105ab610cfb565b013590505f80610b4f565b60075f52601f198216925f5160206111e65f395f51905f52915f5b858110610bed57508360019510610bd4575b505050811b01600755610b67565b01355f19600384901b60f8161c191690555f8080610bc6565b90926020600181928686013581550194019101610bb4565b3d15610c3f573d9067ffffffffffffffff82116107255760405191610c34601f8201601f191660200184610703565b82523d5f602084013e565b606090565b5f5b828110610c5257505050565b5f82820155600101610c46565b601f8111610c6b575050565b818111610c76575050565b60075f52610cad915f5160206111e65f395f51905f5291601f820160051c91602011610caf575b601f82910160051c039101610c44565b565b5f9150610c9d565b91601f8211610cc557505050565b808211610cd157505050565b610cad925f5260205f20916020601f830160051c9210610caf57601f82910160051c039101610c44565b610d066009546106b7565b80610d0e5750565b601f8111600114610d2057505f600955565b60095f52610d5790601f0160051c5f19017f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7b0610c44565b60095f818152908190557f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af55565b6001600160a01b038116939291908415610ed1576001600160a01b03821680156106a4576001600160a01b0383165f908152600a60205260409020610dc99061056b565b610688576006549495610cad956001600160a01b0316918291821515919082610e9a575b5050610dfb575b50506110bb565b5f807fc795d675bae28c9b448cdf5d53ef97a4699b804be667429b225cc0bac499949d92610e366001600160601b0360a01b60065416600655565b6040518281610e4481610f2a565b03925af1610e50610c05565b90610e63600160ff196008541617600855565b6008805461ff001916821515821b61ff0016179055610e8182610f9e565b610e9060405192839283611081565b0390a25f80610df4565b60055491925090610eb3906001600160a01b0316610660565b809114918215610ec7575b50505f80610ded565b1490505f80610ebe565b634b637e8f60e11b5f525f60045260245ffd5b6001600160a01b031690811561038b576001600160a01b0381161561037857610f27915f52600160205260405f209060018060a01b03165f5260205260405f2090565b55565b6007545f9291610f39826106b7565b9160018116908115610f8c5750600114610f51575050565b60075f90815292935090915f5160206111e65f395f51905f525b838210610f785750500190565b600181602092548486015201910190610f6b565b60ff1916825250811515909102019150565b90815167ffffffffffffffff811161072557610fc681610fbf6009546106b7565b6009610cb7565b602092601f821160011461100557610ff5929382915f92610ffa5750508160011b915f199060031b1c19161790565b600955565b015190505f80610b4f565b60095f52601f198216937f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af915f5b8681106110695750836001959610611051575b505050811b01600955565b01515f1960f88460031b161c191690555f8080611046565b91926020600181928685015181550194019201611033565b60409061020893921515815281602082015201906101d3565b919082018092116110a757565b634e487b7160e01b5f52601160045260245ffd5b90916001600160a01b038216918261115b5750611135816111076111027fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9460025461109a565b600255565b6001600160a01b038516948561113a57506111258160025403600255565b6040519081529081906020820190565b0390a3565b6001600160a01b03165f908152602081905260409020818154019055611125565b6001600160a01b0381165f908152602081905260409020548281106111c25791611135916111bc827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef95039160018060a01b03165f525f60205260405f2090565b55611107565b63391434e360e21b5f526001600160a01b0390911660045260245260445260645ffdfea66cc928b5edb82af9bd49922954155ab7b0942694bea4ce44661d9a8736c688a26469706673582212205b66e89ccee9fda19ae6a5e0c616c1e537e2161e820a0983a76fb774c1a3e35164736f6c63430008250033",
}

// MaliciousToken is an auto generated Go binding around an Ethereum contract.
type MaliciousToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MaliciousToken) GetABI() abi.ABI {
	return c.abi
}

// NewMaliciousToken creates a new instance of MaliciousToken.
func NewMaliciousToken() *MaliciousToken {
	parsed, err := MaliciousTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MaliciousToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MaliciousToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (maliciousToken *MaliciousToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := maliciousToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (maliciousToken *MaliciousToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return maliciousToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (maliciousToken *MaliciousToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := maliciousToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (maliciousToken *MaliciousToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := maliciousToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (maliciousToken *MaliciousToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return maliciousToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (maliciousToken *MaliciousToken) UnpackApprove(data []byte) (bool, error) {
	out, err := maliciousToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed64a1a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address trigger_, address target_, bytes payload_) returns()
func (maliciousToken *MaliciousToken) PackArm(trigger common.Address, target common.Address, payload []byte) []byte {
	enc, err := maliciousToken.abi.Pack("arm", trigger, target, payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed64a1a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address trigger_, address target_, bytes payload_) returns()
func (maliciousToken *MaliciousToken) TryPackArm(trigger common.Address, target common.Address, payload []byte) ([]byte, error) {
	return maliciousToken.abi.Pack("arm", trigger, target, payload)
}

// PackAttempted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x917f51b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attempted() view returns(bool)
func (maliciousToken *MaliciousToken) PackAttempted() []byte {
	enc, err := maliciousToken.abi.Pack("attempted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttempted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x917f51b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attempted() view returns(bool)
func (maliciousToken *MaliciousToken) TryPackAttempted() ([]byte, error) {
	return maliciousToken.abi.Pack("attempted")
}

// UnpackAttempted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x917f51b4.
//
// Solidity: function attempted() view returns(bool)
func (maliciousToken *MaliciousToken) UnpackAttempted(data []byte) (bool, error) {
	out, err := maliciousToken.abi.Unpack("attempted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (maliciousToken *MaliciousToken) PackBalanceOf(account common.Address) []byte {
	enc, err := maliciousToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (maliciousToken *MaliciousToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return maliciousToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (maliciousToken *MaliciousToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := maliciousToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocked(address ) view returns(bool)
func (maliciousToken *MaliciousToken) PackBlocked(arg0 common.Address) []byte {
	enc, err := maliciousToken.abi.Pack("blocked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocked(address ) view returns(bool)
func (maliciousToken *MaliciousToken) TryPackBlocked(arg0 common.Address) ([]byte, error) {
	return maliciousToken.abi.Pack("blocked", arg0)
}

// UnpackBlocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5962195.
//
// Solidity: function blocked(address ) view returns(bool)
func (maliciousToken *MaliciousToken) UnpackBlocked(data []byte) (bool, error) {
	out, err := maliciousToken.abi.Unpack("blocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (maliciousToken *MaliciousToken) PackDecimals() []byte {
	enc, err := maliciousToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (maliciousToken *MaliciousToken) TryPackDecimals() ([]byte, error) {
	return maliciousToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (maliciousToken *MaliciousToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := maliciousToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target_, bytes data) returns(bytes)
func (maliciousToken *MaliciousToken) PackExecute(target common.Address, data []byte) []byte {
	enc, err := maliciousToken.abi.Pack("execute", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target_, bytes data) returns(bytes)
func (maliciousToken *MaliciousToken) TryPackExecute(target common.Address, data []byte) ([]byte, error) {
	return maliciousToken.abi.Pack("execute", target, data)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cff79cd.
//
// Solidity: function execute(address target_, bytes data) returns(bytes)
func (maliciousToken *MaliciousToken) UnpackExecute(data []byte) ([]byte, error) {
	out, err := maliciousToken.abi.Unpack("execute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (maliciousToken *MaliciousToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := maliciousToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (maliciousToken *MaliciousToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return maliciousToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (maliciousToken *MaliciousToken) PackName() []byte {
	enc, err := maliciousToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (maliciousToken *MaliciousToken) TryPackName() ([]byte, error) {
	return maliciousToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (maliciousToken *MaliciousToken) UnpackName(data []byte) (string, error) {
	out, err := maliciousToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payload() view returns(bytes)
func (maliciousToken *MaliciousToken) PackPayload() []byte {
	enc, err := maliciousToken.abi.Pack("payload")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payload() view returns(bytes)
func (maliciousToken *MaliciousToken) TryPackPayload() ([]byte, error) {
	return maliciousToken.abi.Pack("payload")
}

// UnpackPayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (maliciousToken *MaliciousToken) UnpackPayload(data []byte) ([]byte, error) {
	out, err := maliciousToken.abi.Unpack("payload", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReturned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb76408.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function returned() view returns(bytes)
func (maliciousToken *MaliciousToken) PackReturned() []byte {
	enc, err := maliciousToken.abi.Pack("returned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReturned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb76408.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function returned() view returns(bytes)
func (maliciousToken *MaliciousToken) TryPackReturned() ([]byte, error) {
	return maliciousToken.abi.Pack("returned")
}

// UnpackReturned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cb76408.
//
// Solidity: function returned() view returns(bytes)
func (maliciousToken *MaliciousToken) UnpackReturned(data []byte) ([]byte, error) {
	out, err := maliciousToken.abi.Unpack("returned", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBlocked(address account, bool isBlocked) returns()
func (maliciousToken *MaliciousToken) PackSetBlocked(account common.Address, isBlocked bool) []byte {
	enc, err := maliciousToken.abi.Pack("setBlocked", account, isBlocked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBlocked(address account, bool isBlocked) returns()
func (maliciousToken *MaliciousToken) TryPackSetBlocked(account common.Address, isBlocked bool) ([]byte, error) {
	return maliciousToken.abi.Pack("setBlocked", account, isBlocked)
}

// PackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93415250.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function succeeded() view returns(bool)
func (maliciousToken *MaliciousToken) PackSucceeded() []byte {
	enc, err := maliciousToken.abi.Pack("succeeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93415250.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function succeeded() view returns(bool)
func (maliciousToken *MaliciousToken) TryPackSucceeded() ([]byte, error) {
	return maliciousToken.abi.Pack("succeeded")
}

// UnpackSucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93415250.
//
// Solidity: function succeeded() view returns(bool)
func (maliciousToken *MaliciousToken) UnpackSucceeded(data []byte) (bool, error) {
	out, err := maliciousToken.abi.Unpack("succeeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (maliciousToken *MaliciousToken) PackSymbol() []byte {
	enc, err := maliciousToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (maliciousToken *MaliciousToken) TryPackSymbol() ([]byte, error) {
	return maliciousToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (maliciousToken *MaliciousToken) UnpackSymbol(data []byte) (string, error) {
	out, err := maliciousToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (maliciousToken *MaliciousToken) PackTarget() []byte {
	enc, err := maliciousToken.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (maliciousToken *MaliciousToken) TryPackTarget() ([]byte, error) {
	return maliciousToken.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (maliciousToken *MaliciousToken) UnpackTarget(data []byte) (common.Address, error) {
	out, err := maliciousToken.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (maliciousToken *MaliciousToken) PackTotalSupply() []byte {
	enc, err := maliciousToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (maliciousToken *MaliciousToken) TryPackTotalSupply() ([]byte, error) {
	return maliciousToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (maliciousToken *MaliciousToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := maliciousToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (maliciousToken *MaliciousToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := maliciousToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (maliciousToken *MaliciousToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return maliciousToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (maliciousToken *MaliciousToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := maliciousToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (maliciousToken *MaliciousToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := maliciousToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (maliciousToken *MaliciousToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return maliciousToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (maliciousToken *MaliciousToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := maliciousToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTrigger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fec8d38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trigger() view returns(address)
func (maliciousToken *MaliciousToken) PackTrigger() []byte {
	enc, err := maliciousToken.abi.Pack("trigger")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrigger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fec8d38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trigger() view returns(address)
func (maliciousToken *MaliciousToken) TryPackTrigger() ([]byte, error) {
	return maliciousToken.abi.Pack("trigger")
}

// UnpackTrigger is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fec8d38.
//
// Solidity: function trigger() view returns(address)
func (maliciousToken *MaliciousToken) UnpackTrigger(data []byte) (common.Address, error) {
	out, err := maliciousToken.abi.Unpack("trigger", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// MaliciousTokenApproval represents a Approval event raised by the MaliciousToken contract.
type MaliciousTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MaliciousTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (MaliciousTokenApproval) ContractEventName() string {
	return MaliciousTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (maliciousToken *MaliciousToken) UnpackApprovalEvent(log *types.Log) (*MaliciousTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != maliciousToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MaliciousTokenApproval)
	if len(log.Data) > 0 {
		if err := maliciousToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range maliciousToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MaliciousTokenReentered represents a Reentered event raised by the MaliciousToken contract.
type MaliciousTokenReentered struct {
	Target   common.Address
	Success  bool
	Returned []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const MaliciousTokenReenteredEventName = "Reentered"

// ContractEventName returns the user-defined event name.
func (MaliciousTokenReentered) ContractEventName() string {
	return MaliciousTokenReenteredEventName
}

// UnpackReenteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reentered(address indexed target, bool success, bytes returned)
func (maliciousToken *MaliciousToken) UnpackReenteredEvent(log *types.Log) (*MaliciousTokenReentered, error) {
	event := "Reentered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != maliciousToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MaliciousTokenReentered)
	if len(log.Data) > 0 {
		if err := maliciousToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range maliciousToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MaliciousTokenTransfer represents a Transfer event raised by the MaliciousToken contract.
type MaliciousTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MaliciousTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (MaliciousTokenTransfer) ContractEventName() string {
	return MaliciousTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (maliciousToken *MaliciousToken) UnpackTransferEvent(log *types.Log) (*MaliciousTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != maliciousToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MaliciousTokenTransfer)
	if len(log.Data) > 0 {
		if err := maliciousToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range maliciousToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (maliciousToken *MaliciousToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], maliciousToken.abi.Errors["Blocked"].ID.Bytes()[:4]) {
		return maliciousToken.UnpackBlockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], maliciousToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return maliciousToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], maliciousToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return maliciousToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], maliciousToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return maliciousToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], maliciousToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return maliciousToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], maliciousToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return maliciousToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], maliciousToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return maliciousToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MaliciousTokenBlocked represents a Blocked error raised by the MaliciousToken contract.
type MaliciousTokenBlocked struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Blocked(address to)
func MaliciousTokenBlockedErrorID() common.Hash {
	return common.HexToHash("0x75e91ce73c1d3352d8dd3610443539cd33dfe13b1de8f8caae54ec26dd0dc9cb")
}

// UnpackBlockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Blocked(address to)
func (maliciousToken *MaliciousToken) UnpackBlockedError(raw []byte) (*MaliciousTokenBlocked, error) {
	out := new(MaliciousTokenBlocked)
	if err := maliciousToken.abi.UnpackIntoInterface(out, "Blocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MaliciousTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the MaliciousToken contract.
type MaliciousTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func MaliciousTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (maliciousToken *MaliciousToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*MaliciousTokenERC20InsufficientAllowance, error) {
	out := new(MaliciousTokenERC20InsufficientAllowance)
	if err := maliciousToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MaliciousTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the MaliciousToken contract.
type MaliciousTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func MaliciousTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (maliciousToken *MaliciousToken) UnpackERC20InsufficientBalanceError(raw []byte) (*MaliciousTokenERC20InsufficientBalance, error) {
	out := new(MaliciousTokenERC20InsufficientBalance)
	if err := maliciousToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MaliciousTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the MaliciousToken contract.
type MaliciousTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func MaliciousTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (maliciousToken *MaliciousToken) UnpackERC20InvalidApproverError(raw []byte) (*MaliciousTokenERC20InvalidApprover, error) {
	out := new(MaliciousTokenERC20InvalidApprover)
	if err := maliciousToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MaliciousTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the MaliciousToken contract.
type MaliciousTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func MaliciousTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (maliciousToken *MaliciousToken) UnpackERC20InvalidReceiverError(raw []byte) (*MaliciousTokenERC20InvalidReceiver, error) {
	out := new(MaliciousTokenERC20InvalidReceiver)
	if err := maliciousToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MaliciousTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the MaliciousToken contract.
type MaliciousTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func MaliciousTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (maliciousToken *MaliciousToken) UnpackERC20InvalidSenderError(raw []byte) (*MaliciousTokenERC20InvalidSender, error) {
	out := new(MaliciousTokenERC20InvalidSender)
	if err := maliciousToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MaliciousTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the MaliciousToken contract.
type MaliciousTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func MaliciousTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (maliciousToken *MaliciousToken) UnpackERC20InvalidSpenderError(raw []byte) (*MaliciousTokenERC20InvalidSpender, error) {
	out := new(MaliciousTokenERC20InvalidSpender)
	if err := maliciousToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
