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

// DisputeGameGameView is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameGameView struct {
	Phase       uint8
	ToMove      uint8
	Deadline    uint64
	LastTime    uint64
	Moves       uint16
	JobId       *big.Int
	Shard       *big.Int
	Attempt     uint16
	Solver      common.Address
	Challenger  common.Address
	Step        *big.Int
	Prev        [32]byte
	Cur         [32]byte
	OpTraceRoot [32]byte
	Tree        uint8
	Op          uint64
	Slot        uint64
	Node        [32]byte
	Height      *big.Int
	Index       *big.Int
	Leaves      *big.Int
	Left        [32]byte
	Right       [32]byte
	LeafRoot    [32]byte
	Winner      uint8
	Reason      uint8
	Moot        bool
}

// DisputeGameLayout is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameLayout struct {
	NumOps      uint64
	NumStates   uint64
	Steps       uint64
	Registered  bool
	H0          [32]byte
	UpdatesRoot [32]byte
	Context     [32]byte
	GraphRoot   [32]byte
	DataRoot    [32]byte
}

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIJudge\",\"name\":\"judge_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"moveTimeout_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bondRewardBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChildren\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChunk\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDescriptor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadLayout\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadLeaf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOffset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRules\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSide\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadUpdate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameIsOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoLayout\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"NotDisputeManagerOf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotMoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PaddingChild\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"biddingEnds\",\"type\":\"uint64\"}],\"name\":\"RegistrationClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ShardNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongJobState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"claimed\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverRight\",\"type\":\"bool\"}],\"name\":\"ElementChecked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Party\",\"name\":\"winner\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Reason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"moot\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"moves\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burnt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverSlashed\",\"type\":\"bool\"}],\"name\":\"GameEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"GameOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"numOps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"numStates\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"h0\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"updatesRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"context\",\"type\":\"bytes32\"}],\"name\":\"LayoutRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Tree\",\"name\":\"tree\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"LeafRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"OpTracePosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Tree\",\"name\":\"tree\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Picked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"left\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"right\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"}],\"name\":\"TieProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Party\",\"name\":\"loser\",\"type\":\"uint8\"}],\"name\":\"TimedOut\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CARRIED\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CHUNK_FLOATS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LEAVES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_STATE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondRewardBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"check\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"endMoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeGame.Party\",\"name\":\"toMove\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastTime\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"moves\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"attempt\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"opTraceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"enumDisputeGame.Tree\",\"name\":\"tree\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"op\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"left\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"right\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leafRoot\",\"type\":\"bytes32\"},{\"internalType\":\"enumDisputeGame.Party\",\"name\":\"winner\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeGame.Reason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"moot\",\"type\":\"bool\"}],\"internalType\":\"structDisputeGame.GameView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractJobMarket\",\"name\":\"market_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"judge\",\"outputs\":[{\"internalType\":\"contractIJudge\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"layoutOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"numOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numStates\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"h0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updatesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"context\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"graphRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractJobMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moveTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"curProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"bondAmount\",\"type\":\"uint256\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"opDesc\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"opProof\",\"type\":\"bytes32[]\"}],\"name\":\"pick\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"post\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint32\",\"name\":\"update\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"updateProof\",\"type\":\"bytes32[]\"}],\"name\":\"prove\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"numOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numStates\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"h0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updatesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"context\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"lastOp\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastOpProof\",\"type\":\"bytes32[]\"}],\"name\":\"registerLayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"left\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"right\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"revealLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrowed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnclaimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DisputeGame",
	Bin: "0x6101203461017557601f614b3d38819003918201601f19168301916001600160401b03831184841017610179578084926080946040528339810103126101755780516001600160a01b0381169190828103610175576020820151906001600160401b038216808303610175576060604085015194015194156101665715801561015b575b61014c5760805260a05260c05260e05233610100526040516149af908161018e8239608051818181611ad90152612b32015260a0518181816102c201528181611d6501526143ca015260c0518181816104c3015281816115f5015281816117fc0152818161228001528181612c4501528181612eb50152818161334a0152613e62015260e051818181610621015281816115ba015281816118b201528181612d5301528181612ff0015281816134810152613f9f01526101005181818161082201526108980152f35b630719325560e11b5f5260045ffd5b506127108411610083565b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c806308148f7a146131e9578063082febf0146131ca5780630fbdcb2d1461273b578063161cc6c414612169578063249d39e91461214c5780633a31554714611c355780634d1975b414611c175780634e71d92d14611b08578063573255f414611ac35780635db775ec14611aa65780635f081ff61461161857806364c9ec6f146115dd5780636b0c4351146115a257806373f42561146115845780637ab033fb1461119257806380f556051461116b5780638e422d401461114c5780638f33090514611012578063a2f77bcc14610b83578063af697a6f14610a5e578063c4d66de81461086f578063c96f14b814610851578063d5f394881461080c578063df18e047146107cf578063e7fa9f7d14610799578063ea8c98ef146103dd578063ebe39b9b146103c1578063f9168231146103a3578063f940b9c61461030f578063fc0c546a146102e6578063fdb894ac146102a25763fe335cc81461017a575f80fd5b3461029f57604036600319011261029f57600435602435610199614135565b8183526008602052604083206101ae8161455e565b600981101561028b57600181036102735750816001600160401b03610244610254847ff0a101d174dd0eeb9928f6629dbfb2ce88e94183aabbcd309f2f206230358c95966007604097015583421690610206826143bb565b93849261021760018401918261384a565b61022861ffff825460e01c1661420d565b815461ffff60e01b191660e09190911b61ffff60e01b16179055565b61024f600282613875565b61384a565b8351928352166020820152a2805f51602061495a5f395f51905f525d80f35b846102896024926396fe8cdd60e01b835261364e565bfd5b634e487b7160e01b85526021600452602485fd5b80fd5b503461029f578060031936011261029f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461029f578060031936011261029f576001546040516001600160a01b039091168152602090f35b503461029f57608036600319011261029f5760243560ff8116810361039f576044356001600160401b03811161039b5761034d9036906004016135f1565b91606435926001600160401b0384116103975761037161038494369060040161361e565b93909261037c614135565b60043561397d565b805f51602061495a5f395f51905f525d80f35b8480fd5b8280fd5b5080fd5b503461029f578060031936011261029f576020600354604051908152f35b503461029f578060031936011261029f57602060405160028152f35b503461029f57602036600319011261029f57600435906103fb614135565b81815260086020526040812060ff815460e01c166009811015610785578015610776576008146107675761042e816144b0565b61075857600181016104496001600160401b0342168261384a565b61047961045d61ffff835460e01c1661420d565b825461ffff60e01b191660e09190911b61ffff60e01b16178255565b81546001600160a01b0360ff60e81b011662c0000160e31b17825591928392906104a2836144b0565b1580156002850192835460ff60e01b8460e01b169060ff60e01b19161784557f0000000000000000000000000000000000000000000000000000000000000000956104ef8760035461381b565b600355546001600160a01b031694838361074d575b1561061157549260405190610519828b613669565b8161010091600660205f51602061491a5f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528a60a08201528a60c08201528460e0820152a2610570575b5050610384929350614601565b85549154918691906001600160a01b0316803b1561039b576105c2938386936040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c1691166004860161425c565b03925af180156105f2576105d7575b80610563565b846105e1916136bd565b8383126105ee57836105d1565b8380fd5b6040513d87823e3d90fd5b634e487b7160e01b5f52602160045260245ffd5b94915091506127106106469593957f000000000000000000000000000000000000000000000000000000000000000085613909565b049461065d610655878661381b565b6005546138c1565b60055561066c8686549561381b565b9260405161067a818b613669565b610100818b96600660205f51602061491a5f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a260018060a01b038354169054813b156105ee578361070b956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614221565b03925af180156105f257610736575b5054919250610731916001600160a01b0316614601565b610384565b84610740916136bd565b8383126105ee578361071a565b509750869787610504565b632b73d29960e11b8252600482fd5b6315b3aaf760e11b8252600482fd5b6349eff1bb60e01b8352600483fd5b634e487b7160e01b83526021600452602483fd5b503461029f578060031936011261029f5760206107c76107be600354600454906138c1565b600554906138c1565b604051908152f35b503461029f57602036600319011261029f576004356001600160a01b0381169081900361039f578160409160209352600683522054604051908152f35b503461029f578060031936011261029f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461029f578060031936011261029f576020600454604051908152f35b503461029f57602036600319011261029f576004356001600160a01b0381169081900361039f577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610a4f5781546001600160a01b038116610a41578115610a3257604051637aa261d360e11b8152602081600481865afa908115610a275784916109ed575b50306001600160a01b03909116036109d9576001600160a01b03191681178255604051637e062a3560e11b8152602081600481855afa9081156109ce57839161098c575b50600180546001600160a01b0319166001600160a01b03929092169182179055907f3cd5ec01b1ae7cfec6ca1863e2cd6aa25d6d1702825803ff2b7cc95010fffdc28380a380f35b90506020813d6020116109c6575b816109a7602093836136bd565b8101031261039b57516001600160a01b038116810361039b575f610944565b3d915061099a565b6040513d85823e3d90fd5b634bab1eb560e11b83526004829052602483fd5b90506020813d602011610a1f575b81610a08602093836136bd565b810103126105ee57610a19906136fe565b5f610900565b3d91506109fb565b6040513d86823e3d90fd5b63d92e233d60e01b8352600483fd5b62dc149f60e41b8352600483fd5b638b906c9760e01b8252600482fd5b503461029f57606036600319011261029f57600435602435604435610a81614135565b828452600860205260408420610a968161455e565b6009811015610b6f5760038103610b595750610ab28284614497565b600882015403610b4a57916001600160401b03610b1a606093610b25868560097fb53d89a689416d47bf3b1a859f0297fce262ad85f53441710f23a9e85bfe246a99015582600a82015584421690610b09826143bb565b94859261021760018401918261384a565b61024f600482613875565b6040519384526020840152166040820152a2805f51602061495a5f395f51905f525d80f35b630142ce2960e01b8552600485fd5b856102896024926396fe8cdd60e01b835261364e565b634e487b7160e01b86526021600452602486fd5b503461029f57602036600319011261029f5760405161036081018181106001600160401b03821117610ffe576040528181528160208201528160408201528160608201528160808201528160a08201528160c08201528160e08201528161010082015281610120820152816101408201528161016082015281610180820152816101a0820152816101c0820152816101e08201528161020082015281610220820152816102408201528161026082015281610280820152816102a0820152816102c0820152816102e0820152816103008201528161032082015281610340820152600435825260086020526040822091825490600960ff8360e01c161015610fbf5760e082901c60ff16808452610ca690610c9d9061416a565b60208501613971565b6001600160401b038260a01c166040840152600b6001850154946001600160401b038660a01c16606086015261ffff8660e01c1660808601526002810154956001600160401b03871660a087015261ffff8760c01c1660c08701528060f01c60e087015260018060a01b031661010086015260018060a01b0384166101208601526001600160401b038660401c166101408601526005810154610160860152600681015480610180870152600782015490816101a088015260ff8660e81c16610d6e81613676565b6101c08801526001600160401b036003840154818160401c166101e08a0152818160801c166102008a015260088501546102208a015260ff8a60d01c166102408a0152818a60801c166102608a015216610280880152600260ff8760e01c16145f14610fd3576102c08701526102a08601525b01546102e0840152610dfd60ff8360f01c166103008501613971565b60078260f81c1015610fbf57506103609260ff9160f81c61032084015260e01c16151561034082015261034060405191610e3883825161365c565b610e4a60208201516020850190613669565b6001600160401b0360408201511660408401526001600160401b03606082015116606084015261ffff608082015116608084015260a081015160a084015260c081015160c084015261ffff60e08201511660e084015260018060a01b036101008201511661010084015260018060a01b03610120820151166101208401526101408101516101408401526101608101516101608401526101808101516101808401526101a08101516101a08401526101c0810151610f0781613676565b6101c08401526001600160401b036101e0820151166101e08401526001600160401b03610200820151166102008401526102208101516102208401526102408101516102408401526102608101516102608401526102808101516102808401526102a08101516102a08401526102c08101516102c08401526102e08101516102e0840152610f9f610300820151610300850190613669565b610fb3610320820151610320850190613680565b01511515610340820152f35b634e487b7160e01b81526021600452602490fd5b5050600460ff8560e01c1603610de1576009810154600a8201546102c08701526102a0860152610de1565b634e487b7160e01b83526041600452602483fd5b503461029f57602036600319011261029f576040816101209261010083516110398161368d565b82815282602082015282858201528260608201528260808201528260a08201528260c08201528260e08201520152600435815260076020522060405161107e8161368d565b8154916001600160401b0383169283835260208301906001600160401b038160401c16825260408401906001600160401b038160801c16825260ff606086019160c01c1615158152600184015490608086019182526001600160401b0360028601549360a088019485528160038801549660c08a01978852610100600560048b01549a60e08d019b8c5201549a01998a526040519a8b52511660208a01525116604088015251151560608701525160808601525160a08501525160c08401525160e083015251610100820152f35b503461029f578060031936011261029f57602060405163ffffffff8152f35b503461029f578060031936011261029f57546040516001600160a01b039091168152602090f35b503461029f57604036600319011261029f576004356024356001600160401b03811161039b576111c69036906004016135f1565b6111ce614135565b828452600860205260408420906111e48261455e565b6009811015610b6f5760058103610b59575060ff825460e81c1690602061120a83613676565b600383146114db575b81148015906114c4575b6114b55760028301926001600160401b03845460801c169361123e84613676565b600184036113a9576112508387613955565b9081600b84015560038301916112668784613899565b815460d81c60ff16156112b5575050509361129f916112925f51602061493a5f395f51905f5296614418565b916040519586958661391c565b0390a2805f51602061495a5f395f51905f525d80f35b6001600160401b03600485969495015460801c16916112d383614476565b91865460ff60e81b1916600360e81b178755600887015580546aff0000ffffffffffffffff60801b191660d083901b60ff60d01b16179055835467ffffffffffffffff19166001600160401b03838116919091179094555f51602061493a5f395f51905f52976113859061137a908361139d576113526005809961443f565b956040519a8a6113628d9c613676565b8b5260208b015260e060408b015260e08a01916136de565b95606088019061365c565b608086015260a08501521660c08301520390a2610384565b6113526003809961443f565b5093906113b583613676565b600283036114195790816112925f51602061493a5f395f51905f52966113de6114119585613955565b600b82015560038101805467ffffffffffffffff60801b1916608089901b67ffffffffffffffff60801b16179055614418565b0390a2610384565b61147a929361145561144a966001600160401b03421690611439826143bb565b98899261021760018401918261384a565b61024f600782613875565b6040519461146281613676565b8552602085015260e0604085015260e08401916136de565b915f51602061493a5f395f51905f52926001600160401b038392600760608501528760808501528760a08501521660c08301520390a2610384565b6389d99da360e01b8652600486fd5b506114cf8185614298565b6008840154141561121d565b5060048301546115086001600160401b03600286015460801c166001600160401b038360401c16906138eb565b9081600a1b91808304610400149015171561157057906001600160401b03611530921661381b565b610400811015611567575b6001600160fe1b03811681036115535760021b611213565b634e487b7160e01b87526011600452602487fd5b5061040061153b565b634e487b7160e01b88526011600452602488fd5b503461029f578060031936011261029f576020600554604051908152f35b503461029f578060031936011261029f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b503461029f578060031936011261029f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b503461029f57608036600319011261029f57600435906024356001600160401b03811161039f5761164d90369060040161361e565b906044359063ffffffff821692838303610397576064356001600160401b038111611aa25761168090369060040161361e565b61168b929192614135565b878752600860205260408720956116a18761455e565b6009811015611a8e5760068103611a78575060028701956001600160401b03875416895260076020526040892094600160ff8a5460e81c166116e281613676565b036119c357505015908115916119b9575b506119aa576117306005860154916001600160401b03600388015460c01c945460401c169392945b848461172a600b8b01546142ce565b886142e0565b1561199b5786927f0877aca9bf92cd9cfc6b2bcd15b074d806d38fa65e376d925e144121be5aea509260609260405192835260208301526040820152a260018201906117856001600160401b0342168361384a565b6117b561179961ffff845460e01c1661420d565b835461ffff60e01b191660e09190911b61ffff60e01b16178355565b82546001600160a01b0360ff60e81b01166260200160e31b17835592938493906117de846144b0565b1590811590835460ff60e01b8460e01b169060ff60e01b19161784557f0000000000000000000000000000000000000000000000000000000000000000956118288760035461381b565b600355546001600160a01b0316948383611990575b156118a257546040519093600182528161010091600360205f51602061491a5f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528a60a08201528a60c08201528460e0820152a2610570575050610384929350614601565b94915091506127106118d79593957f000000000000000000000000000000000000000000000000000000000000000085613909565b04946118e6610655878661381b565b6005556118f58686549561381b565b60405190939060018152610100818b96600360205f51602061491a5f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a260018060a01b038354169054813b156105ee578361070b956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614221565b50975086978761183d565b637ca55c7760e01b8652600486fd5b6322a981d960e21b8652600486fd5b905015155f6116f3565b91949092611a0e906001600160401b0360038b015460801c169360058c60028601549760405191825360e01b600182015220935495856001600160401b038860401c169586926142e0565b15611a695763ffffffff8514611a535750506001600160401b03169081831015611a44576117309060078701549293929461171b565b63291db7fb60e11b8752600487fd5b600588015495909450909261173092509061171b565b63291db7fb60e11b8952600489fd5b886102896024926396fe8cdd60e01b835261364e565b634e487b7160e01b89526021600452602489fd5b8580fd5b503461029f578060031936011261029f5760206040516104008152f35b503461029f578060031936011261029f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461029f578060031936011261029f57611b21614135565b338152600660205260408120548015611c08573382526006602052816040812055611b4e8160045461381b565b6004556040518181527fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a60203392a260015460405163a9059cbb60e01b8452336004526024929092526001600160a01b03169060208360448180865af1906001845114821615611be7575b60405215611bd55750805f51602061495a5f395f51905f525d80f35b635274afe760e01b8252600452602490fd5b906001811516611bff57823b15153d15161690611bb9565b503d83823e3d90fd5b6312d37ee560e31b8252600482fd5b503461029f578060031936011261029f576020600254604051908152f35b503461029f5761012036600319011261029f576004356024356001600160401b03811680910361039b576044356001600160401b0381169081810361039757606435916001600160401b038316808403612148576084359160a4359360c4359560e4356001600160401b03811161214457611cb49036906004016135f1565b919092610104356001600160401b03811161214057611cd790369060040161361e565b90611ce0614135565b8d546001600160a01b0316801561213157908e95949392916102008f60246040518094819363bf22c45760e01b835260048301525afa968715612125578097611fad575b505085516001600160a01b03163303611f9e5760018f606088015190611d4982613676565b50611d5381613676565b03611f8f57611d8b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426138c1565b6001600160401b03602088015116809111611f7c575060408f8f81526007602052209660ff885460c01c16611f6c578d158e8115611f5d575b508015611f55575b8015611f48575b8015611f40575b8015611f33575b611f23578d611df76101c0890197885193614298565b905f19016001600160401b038111611f0c57918f916001600160401b03611e2196959416916142e0565b15611efd5760c0999795938b99979593611e9e600594611e767f87b45b43ad44c6372fec1ec99312c120318b1a2f660f2817ca11e5b1db16b4f49f956101e0966001600160401b03198a541617895588613899565b865467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178655565b60018c1b60ff8d1b198654161785558760018601558860028601558960038601555160048501550151910155604051958652602086015260408501526060840152608083015260a0820152a2805f51602061495a5f395f51905f525d80f35b637ca55c7760e01b8d5260048dfd5b50505060248f634e487b7160e01b81526011600452fd5b50632971e07b60e21b8f5260048ffd5b50600160301b8a11611de1565b508915611dda565b50600160301b8911611dd3565b508815611dcc565b63ffffffff915010158e611dc4565b50630ea075bf60e21b8f5260048ffd5b8f602491635db58ecf60e01b8252600452fd5b6332fa428560e11b8f5260048ffd5b6331511a2160e21b8f5260048ffd5b90919650610200823d821161211d575b81611fcb61020093836136bd565b8101031261029f57506040519061020082018281106001600160401b0382111761210757604052611ffb816136fe565b825261200960208201613712565b602083015261201a60408201613726565b60408301526060810151906004821015612102576101e091606084015261204360808201613712565b608084015261205460a08201613712565b60a084015261206560c08201613726565b60c084015261207660e08201613726565b60e08401526120886101008201613735565b61010084015261209b6101208201613735565b6101208401526120ae6101408201613735565b6101408401526120c161016082016138ce565b6101608401526120d461018082016138ce565b6101808401526101a08101516101a08401526101c08101516101c084015201516101e0820152945f8f611d24565b508f80fd5b5050634e487b7160e01b8f52604160045260248ffd5b3d9150611fbd565b604051903d90823e3d90fd5b6321c4e35760e21b8f5260048ffd5b8c80fd5b8a80fd5b8680fd5b503461029f578060031936011261029f5760206040516127108152f35b503461029f5761010036600319011261029f576064359060243560843560443560043560a4356001600160401b038111611aa2576121ab90369060040161361e565b949060c4356001600160401b038111612737576121cc90369060040161361e565b9160e435976121d9614135565b858a52600760205260408a2091825460ff8160c01c1615612728578b5460405163133545fd60e01b8152600481018a9052602481018990529695949392919061014090889060449082906001600160a01b03165afa96871561271d578d976126ec575b50604087015160058110156126d857600119016126c95786516001600160a01b031633146126ba5760801c6001600160401b031692891580156126b1575b6126a2577f0000000000000000000000000000000000000000000000000000000000000000808d03612690575060018a0361263e57600101548d148015929150612634575b50612625575b6101008401516122d4896142ce565b5f1989019189831161261157906122ee95949392916142e0565b15612602576122fe60025461383c565b9485600255858852600860205260408820986001600160401b03421695612324876143bb565b8b546001600160a01b03191633178c559a61233f8c8261384a565b805460ff60e01b1916600160e01b17815584516001820180546001600160a01b0319166001600160a01b03929092169190911781559761237f908961384a565b87546080860180516001600160e01b0390921660f09290921b6001600160f01b03191691909117600160e01b179098556001600160401b0387116125e957600281016001600160401b03808916166001600160401b03198254161781556123ef6001600160401b03841682613899565b61ffff87116125d057946001600160401b038c9d868c9d9e9c968f9661ffff8e61248e8f9c9a8f9e9b8f6101009c8e7fed6d0331cd61cec5ca632e46fbc822100ebd92563456f883b272dd9cd10947df9f9260069354908960c01b9060c01b16908960c01b19161790556003810177ffffffffffffffffffffffffffffffff0000000000000000801982541617905588600582015501556003546138c1565b60035551169560018060a01b0390511660405196875233602088015260408701526060860152608085015260a08401528d60c08401521660e0820152a48354925161ffff16926001600160a01b0316803b156103975784928360649260405196879586946334ae2b9360e21b86526004860152602485015260448401525af180156125c5576125b0575b50506001546040516323b872dd60e01b855233600452306024526044939093526001600160a01b03169260208160648180885af16001825114811615612591575b83604052816060521561257d57602093505f51602061495a5f395f51905f525d8152f35b635274afe760e01b81526004849052602490fd5b60018115166125a757843b15153d151616612559565b833d83823e3d90fd5b816125ba916136bd565b61039b57825f612518565b6040513d84823e3d90fd5b6306dfcc6560e41b8c526010600452602487905260448cfd5b6306dfcc6560e41b8b526040600452602487905260448bfd5b637ca55c7760e01b8752600487fd5b634e487b7160e01b8d52601160045260248dfd5b637ca55c7760e01b8a5260048afd5b905015155f6122bf565b5061010086015161264e8e6142ce565b6001198b01918b831161267c579185916126699594936142e0565b6122c557637ca55c7760e01b8a5260048afd5b634e487b7160e01b8f52601160045260248ffd5b63f17d47af60e01b8e5260045260248dfd5b63b3d246f360e01b8d5260048dfd5b50838a1161227a565b63706cd38160e01b8d5260048dfd5b635cc7d34f60e11b8d5260048dfd5b634e487b7160e01b8e52602160045260248efd5b61270f9197506101403d8111612716575b61270781836136bd565b81019061374e565b955f61223c565b503d6126fd565b6040513d8f823e3d90fd5b63be8b3e4b60e01b8c5260048cfd5b8780fd5b503461029f57608036600319011261029f57600435906044356001600160401b03811161039f576127709036906004016135f1565b92906064356001600160401b0381116105ee576127919036906004016135f1565b612799614135565b838552600860205260408520956127af8761455e565b60098110156131b657600781036131a057506127cb8185614298565b600888015403613191578060021c602435101561318257604051936101e085018581106001600160401b0382111761316e576040528685528660208601528660408601528660608601528660808601528660a08601528660c08601528660e08601528661010086015286610120860152866101408601528661016086015286610180860152866101a0860152866101c08601526002880154906001600160401b03821688526007602052604088209260048a015460018060fe1b03602435166024350361315a576001600160401b038460401c1688526001600160401b0360038c015460401c1660208901526001600160401b038160401c1615613146576129046001600160401b036128ed818460401c16828860801c160482851690613909565b9260401c166001600160401b038660801c166138eb565b908180600a1b046104001482151715613132579061292c6129319260243592600a1b906138c1565b6138c1565b604088015261294660243560021b82846142ae565b3560f81c60243560021b600181019081106131325761ff0061296a819285876142ae565b3560f01c1616926002602435811b018060243560021b1161311e5762ff0000612995819286856142ae565b3560e81c16169260243560021b600381011061311e5793612b2e9998969361ffff9363ff000000806129d660209c9a9660039a8b60243560021b01916142ae565b3560e01c1616921717176060890152600b8c0154608089015260078c015460a089015260058c015460c089015260068c015460e08901526001600160401b03811661010089015260c01c1661012087015260048101546101408701526001600160401b03815481811661016089015260401c1661018087015260058101546101a087015201546101c085015260405194859283926339d3f8eb60e21b8452865160048501528587015160248501526040870151604485015263ffffffff60608801511660648501526080870151608485015260a087015160a485015260c087015160c485015260e087015160e48501526101008701516101048501526101208701516101248501526101408701516101448501526101608701516101648501526101808701516101848501526101a08701516101a48501526101c08701516101c48501526102006101e48501526102048401916136de565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610a275790839185936130dd575b5060a08160207ff1238c0fafaf0c1e0df92158cc04475cb6c39d1c4c2bf86d20df5283890b357d9301519063ffffffff6060604083015192015116906040519260243584526020840152604083015260608201528415156080820152a215612e3f5760018301612be66001600160401b0342168261384a565b612bfa61045d61ffff835460e01c1661420d565b83546001600160a01b0360ff60e81b011662a0200160e31b1784559192839290612c23816144b0565b158015600283015460ff60e01b8360e01b169060ff60e01b19161760028401557f000000000000000000000000000000000000000000000000000000000000000094612c718660035461381b565b60035583546001600160a01b0316948383612e34575b15612d4357546040519093600182528161010091600560205f51602061491a5f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528a60a08201528a60c08201528460e0820152a2612cec575050610384929350614601565b855460029290920154918691906001600160a01b0316803b1561039b576105c2938386936040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c1691166004860161425c565b9491509150612710612d789593957f000000000000000000000000000000000000000000000000000000000000000085613909565b0494612d87610655878661381b565b600555612d968686549561381b565b60405190939060018152610100818b96600560205f51602061491a5f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a2600260018060a01b03845416910154813b156105ee578361070b956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614221565b509750869787612c87565b60018301612e566001600160401b0342168261384a565b612e6a61045d61ffff835460e01c1661420d565b83546001600160a01b0360ff60e81b01166280400160e31b1784559192839290612e93816144b0565b158015600283015460ff60e01b8360e01b169060ff60e01b19161760028401557f000000000000000000000000000000000000000000000000000000000000000094612ee18660035461381b565b60035583546001600160a01b03169483836130d1575b15612fe057546040519093600282528161010091600460205f51602061491a5f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528a60a08201528a60c08201528460e0820152a2612f5d575b5050610731929350614601565b855460029290920154918691906001600160a01b0316803b1561039b57612fb4938386936040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c1691166004860161425c565b03925af180156105f257612fc9575b80612f50565b84612fd3916136bd565b8383126105ee5783612fc3565b94915091506127106130159593957f000000000000000000000000000000000000000000000000000000000000000085613909565b0494613024610655878661381b565b6005556130338686549561381b565b60405190939060028152610100818b96600460205f51602061491a5f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a2600260018060a01b03845416910154813b156105ee578361070b956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614221565b50975086976001612ef7565b915091506020813d602011613116575b816130fa602093836136bd565b810103126105ee575180151581036105ee5790829060a0612b6d565b3d91506130ed565b634e487b7160e01b8c52601160045260248cfd5b634e487b7160e01b8b52601160045260248bfd5b634e487b7160e01b8a52601260045260248afd5b634e487b7160e01b8a52601160045260248afd5b634e487b7160e01b88526041600452602488fd5b63037debc360e61b8652600486fd5b6334b27e4760e11b8652600486fd5b866102896024926396fe8cdd60e01b835261364e565b634e487b7160e01b87526021600452602487fd5b503461029f578060031936011261029f576020604051600160301b8152f35b50346135ac5760203660031901126135ac57600435613206614135565b805f52600860205260405f20805460ff8160e01c169060098210156105fd5781156135e257600882146135d3576001600160401b039060a01c168042106135c157506132519061416a565b827f4f6ee372207f9021a19d090294f500c14bdb387c7d4df49bdd1ab706823fce0d60206040516132828186613669565ba260038110156105fd576001036135ba5760025b60018201926132ae6001600160401b0342168561384a565b6132de6132c261ffff865460e01c1661420d565b855461ffff60e01b191660e09190911b61ffff60e01b16178555565b825468ffffffffffffffffff60a01b1916600160e31b17835560038210156105fd5782546001600160f01b031660f083901b60ff60f01b1617600160f81b178355613328836144b0565b159182156002850192835460ff60e01b8660e01b169060ff60e01b19161784557f0000000000000000000000000000000000000000000000000000000000000000956133768760035461381b565b600355546001600160a01b03169685836135b0575b1561347057549261339f6040518092613669565b610100818a97600160205f51602061491a5f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528760a08201528760c08201528460e0820152a26133f6575b50505061038491614601565b60018060a01b03835416915490823b156105ee576134469284928388936040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c1691166004860161425c565b03925af180156125c55761345b575b806133ea565b81613465916136bd565b61039b57825f613455565b9796929593945090506127106134a67f000000000000000000000000000000000000000000000000000000000000000085613909565b04946134b5610655878661381b565b6005556134c48689549561381b565b6134d16040518093613669565b8161010091600160205f51602061491a5f395f51905f529501525f604083015261ffff8760e01c1660608301525f60808301528860a083015260c08201525f60e0820152a25f549254926001600160a01b0316803b156135ac57613565935f80946040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614221565b03925af180156135a15761358b575b5091549091610731916001600160a01b0316614601565b61073192505f61359a916136bd565b5f91613574565b6040513d5f823e3d90fd5b5f80fd5b506002841461338b565b6001613296565b63d606d83f60e01b5f5260045260245ffd5b6315b3aaf760e11b5f5260045ffd5b6349eff1bb60e01b5f5260045ffd5b9181601f840112156135ac578235916001600160401b0383116135ac57602083818601950101116135ac57565b9181601f840112156135ac578235916001600160401b0383116135ac576020808501948460051b0101116135ac57565b60098110156105fd57600452565b9060098210156105fd5752565b9060038210156105fd5752565b600411156105fd57565b9060078210156105fd5752565b61012081019081106001600160401b038211176136a957604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b038211176136a957604052565b908060209392818452848401375f828201840152601f01601f1916010190565b51906001600160a01b03821682036135ac57565b51906001600160401b03821682036135ac57565b519061ffff821682036135ac57565b51906bffffffffffffffffffffffff821682036135ac57565b90816101409103126135ac576040519061014082018281106001600160401b038211176136a957604052613781816136fe565b825261378f60208201613712565b6020830152604081015160058110156135ac57604083015260608101519060ff821682036135ac576101209160608401526137cc60808201613726565b60808401526137dd60a082016136fe565b60a08401526137ee60c08201613735565b60c08401526137ff60e08201613712565b60e0840152610100810151610100840152015161012082015290565b9190820391821161382857565b634e487b7160e01b5f52601160045260245ffd5b5f1981146138285760010190565b805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b9060098110156105fd57815460ff60e01b191660e09190911b60ff60e01b16179055565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b9190820180921161382857565b51906fffffffffffffffffffffffffffffffff821682036135ac57565b81156138f5570690565b634e487b7160e01b5f52601260045260245ffd5b8181029291811591840414171561382857565b939091613930939296959661146281613676565b926001600160401b0360c091600660608501525f60808501525f60a085015216910152565b359060208110613963575090565b5f199060200360031b1b1690565b60038210156105fd5752565b9492939190935f865f52600860205260405f209361399a8561455e565b91600160ff8916116141265760028601546001600160401b0381165f52600760205260405f20905f9460098110156105fd5760028103613cc957505060ff8916613cab576007870154946001600160401b0382541695966001995b6139fe88614476565b955b613a098c613676565b60018c1480613ca3575b15613c3b5790613a4091600486015489613a2d8787614298565b9754976001600160401b038916926142e0565b15613c2c5790613a4f9161470f565b93809193929581613c15575b50613c065760028b01805460ff60d81b191691151560d81b60ff60d81b1691909117905560038a0180546001600160c01b031660c09290921b6001600160c01b03191691909117905560048901805467ffffffffffffffff19166001600160401b039485161781557f45fe5b1b6b84b32c919ff9c32a772ed6730fd6bcff6161295118ba71eda043e99b6101009b909a94999098613bf1989597919690959491939092613b3a9290918c9190613b1390831684613899565b825467ffffffffffffffff60801b1916911660801b67ffffffffffffffff60801b16179055565b613b4388613676565b855460ff60e81b191660e889901b60ff60e81b16178655600886018590556002860180546aff0000ffffffffffffffff60801b191660d084901b60ff60d01b1617848b1660801b67ffffffffffffffff60801b1617905550600385018054891916848a1617905580613bfa57613bbb6005809661443f565b9660ff6040519a168a52613bce81613676565b60208a015260408901526060880152608087015260a086015260c085019061365c565b1660e0820152a2565b613bbb6003809661443f565b638205fce960e01b8652600486fd5b6001600160401b03915060401c168210155f613a5b565b638205fce960e01b8452600484fd5b509250501590811591613c99575b50613c8a57936101009693613bf1937f45fe5b1b6b84b32c919ff9c32a772ed6730fd6bcff6161295118ba71eda043e99997936001600160401b0397613b3a565b6322a981d960e21b8152600490fd5b905015155f613c49565b508615613a13565b6006870154946001600160401b03825460401c1695966002996139f5565b919596939250979350600481145f1461410e575060ff865460e81c16936001600160401b036003880154169560ff8960d01c1693845f19810111613828578a9586945f198701968a9960ff613d31829f6801fffffffffffffffe835f9c1691607f1c166138c1565b9a166141045760098d01545b809c808c5f1986011b1015613d555750505050613a00565b9950999d509a509a9e9d9c98505093505090505f5f5b5f19890181106140f0575084146140e15715908115916140d7575b506140c85786957f45fe5b1b6b84b32c919ff9c32a772ed6730fd6bcff6161295118ba71eda043e9956101009560ff60405196168652613dc581613676565b60208601525f190160408501526060840152608083015260a0820152600860c08201525f60e0820152a260018301613e066001600160401b0342168261384a565b613e1a61045d61ffff835460e01c1661420d565b83546001600160a01b0360ff60e81b01166240400160e31b1784555f93613e40816144b0565b158015600283015460ff60e01b8360e01b169060ff60e01b19161760028401557f000000000000000000000000000000000000000000000000000000000000000094613e8e8660035461381b565b60035583546001600160a01b03169483836140bd575b15613f8f57546040519093600282528161010091600260205f51602061491a5f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528a60a08201528a60c08201528460e0820152a2613f0c575b5050613f0a929350614601565b565b855460029290920154918691906001600160a01b0316803b1561039b57613f63938386936040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c1691166004860161425c565b03925af180156105f257613f78575b80613efd565b84613f82916136bd565b835f126105ee5783613f72565b9491509150612710613fc49593957f000000000000000000000000000000000000000000000000000000000000000085613909565b0494613fd3610655878661381b565b600555613fe28686549561381b565b60405190939060028152610100818b96600260205f51602061491a5f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a2600260018060a01b03845416910154813b156105ee5783614080956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614221565b03925af180156105f2576140a6575b5054919250613f0a916001600160a01b0316614601565b846140b0916136bd565b835f126105ee578361408f565b505f98506001613ea4565b6322a981d960e21b5f5260045ffd5b905015155f613d86565b635576298960e11b5f5260045ffd5b906140fd81600192614497565b9101613d6b565b600a8d0154613d3d565b6396fe8cdd60e01b5f526141219061364e565b60245ffd5b63479b91f560e11b5f5260045ffd5b5f51602061495a5f395f51905f525c61415b5760015f51602061495a5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b600981101590816105fd57600181148015614200575b8281156141f0575b81156141e0575b506141d957816105fd57600281149182156141cc575b82156141bb575b50506141b6575f90565b600290565b9091506105fd576007145f806141ac565b506004811491505f6141a5565b5050600190565b90506105fd57600681148261418f565b90506105fd576005811482614188565b505f915060038114614180565b61ffff60019116019061ffff821161382857565b6001600160401b03909116815261ffff9182166020820152911660408201525f60608201526001600160a01b03909116608082015260a00190565b6001600160401b03909116815261ffff918216602082015291166040820152600160608201526001600160a01b03909116608082015260a00190565b9060019080604051935f85538385013701902090565b908210156142ba570190565b634e487b7160e01b5f52603260045260245ffd5b6040516021915f825360018201522090565b9492909192811580156143b1575b6143a7576142fb82614476565b9283820361439c5794939291905f945f945b84861061431f57505050505050501490565b9091929394959681871c848810156142ba578760051b84013586600183188a1b101580614392575b61438357600192614369928416614375579061436291614497565b9880614497565b9601949392919061430d565b61437e91614497565b614362565b50505050505050505050505f90565b5089811415614347565b505050505050505f90565b5050505050505f90565b50818410156142ee565b6143f1906001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001691166138c1565b6001600160401b0381111561440c57506001600160401b0390565b6001600160401b031690565b90613f0a614434926001600160401b03421690610b09826143bb565b61024f600682613875565b6144709291613f0a9161024f6001600160401b0342169261445f846143bb565b96879461021760018601918261384a565b82613875565b905f915b806001841b106144875750565b916144919061383c565b9161447a565b6041916040519160018353600183015260218201522090565b5f54600282015460405163133545fd60e01b81526001600160401b038216600482015260c09190911c61ffff166024820152919061014090839060449082906001600160a01b03165afa9182156135a1575f9261453d575b50604082015160058110156105fd57600214918261452557505090565b6001919250608061ffff9101511691015460f01c1490565b6145579192506101403d81116127165761270781836136bd565b905f614508565b9081549160ff8360e01c169260098410156105fd5783156135e257600884146135d3576001600160401b038160a01c16804210156145ef57506145a08461416a565b60038110156105fd576001036145df5750600101546001600160a01b03165b6001600160a01b031633036145d057565b631cc191eb60e31b5f5260045ffd5b6001600160a01b031690506145bf565b6326b39d0360e11b5f5260045260245ffd5b9080156146bd5760015460405163a9059cbb60e01b5f9081526001600160a01b03948516600481905260248590529491929091169060209060448180855af19060015f51148216156146b0575b50906040521561465c575050565b60207f8af6e30690e4b192e05dc42baa9776cefda6c432838616c7f4f036bbab44917e91835f526006825260405f206146968282546138c1565b90556146a4816004546138c1565b600455604051908152a2565b3b15153d1516165f61464e565b5050565b909392938483116135ac5784116135ac578101920390565b356001600160e01b03198116929190600482106146f4575050565b6001600160e01b031960049290920360031b82901b16169150565b906002811061485e5780156142ba576002823560f81c149281600110156142ba57600183013560f881901c926002929160f61c6103fc16808401908185116138285760030180911161382857811061485e575f9460019384955f905b80821061489257505061477f8184846142ae565b3560f61c6103fc166103fc16600101806001116138285761479f916138c1565b6001810180821161382857831061485e576147bb8184846142ae565b3560f81c60010180600111613828576147d3916138c1565b60048101908181116138285760088101808311613828576028820180911161382857840361485e5761480e93614808936146c1565b906146d9565b60e01c9361488757677fffffffffffffff8211801561486d575b61485e575f19830183811161382857600a1c6001810180911161382857806148509193613909565b90600160301b821161485e57565b638205fce960e01b5f5260045ffd5b50677fffffffffffffff6148818385613909565b11614828565b5f9250600191508190565b909591600481019081811161382857614808826148b09288886146c1565b60e01c90928115614910575b600188018089116138285783111561490457906148d891613909565b95677fffffffffffffff87116148f4575b6001905b019061476b565b67800000000000000096506148e9565b969750600190976148ed565b600199506148bc56fe6283347713d07837ac3056c5b5207268a03bcb92e9ae3a3308fd49f271af6b3261e601b47b8048141d058278168b5b374b57ca46a0adb9fa9a2b5b63a3aec80c9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a264697066735822122031a4ae7d3b1a631e243c9c8198a533f8f89fef22ed1a6107fac16bfc5d20901e64736f6c63430008250033",
}

// DisputeGame is an auto generated Go binding around an Ethereum contract.
type DisputeGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisputeGame) GetABI() abi.ABI {
	return c.abi
}

// NewDisputeGame creates a new instance of DisputeGame.
func NewDisputeGame() *DisputeGame {
	parsed, err := DisputeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address judge_, uint64 moveTimeout_, uint256 bond_, uint256 bondRewardBps_) returns()
func (disputeGame *DisputeGame) PackConstructor(judge_ common.Address, moveTimeout_ uint64, bond_ *big.Int, bondRewardBps_ *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("", judge_, moveTimeout_, bond_, bondRewardBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (disputeGame *DisputeGame) PackBPS() []byte {
	enc, err := disputeGame.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (disputeGame *DisputeGame) TryPackBPS() ([]byte, error) {
	return disputeGame.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (disputeGame *DisputeGame) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCARRIED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e422d40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CARRIED() view returns(uint32)
func (disputeGame *DisputeGame) PackCARRIED() []byte {
	enc, err := disputeGame.abi.Pack("CARRIED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCARRIED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e422d40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CARRIED() view returns(uint32)
func (disputeGame *DisputeGame) TryPackCARRIED() ([]byte, error) {
	return disputeGame.abi.Pack("CARRIED")
}

// UnpackCARRIED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e422d40.
//
// Solidity: function CARRIED() view returns(uint32)
func (disputeGame *DisputeGame) UnpackCARRIED(data []byte) (uint32, error) {
	out, err := disputeGame.abi.Unpack("CARRIED", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCHUNKFLOATS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5db775ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHUNK_FLOATS() view returns(uint256)
func (disputeGame *DisputeGame) PackCHUNKFLOATS() []byte {
	enc, err := disputeGame.abi.Pack("CHUNK_FLOATS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHUNKFLOATS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5db775ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHUNK_FLOATS() view returns(uint256)
func (disputeGame *DisputeGame) TryPackCHUNKFLOATS() ([]byte, error) {
	return disputeGame.abi.Pack("CHUNK_FLOATS")
}

// UnpackCHUNKFLOATS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5db775ec.
//
// Solidity: function CHUNK_FLOATS() view returns(uint256)
func (disputeGame *DisputeGame) UnpackCHUNKFLOATS(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("CHUNK_FLOATS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXLEAVES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x082febf0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LEAVES() view returns(uint256)
func (disputeGame *DisputeGame) PackMAXLEAVES() []byte {
	enc, err := disputeGame.abi.Pack("MAX_LEAVES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLEAVES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x082febf0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LEAVES() view returns(uint256)
func (disputeGame *DisputeGame) TryPackMAXLEAVES() ([]byte, error) {
	return disputeGame.abi.Pack("MAX_LEAVES")
}

// UnpackMAXLEAVES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x082febf0.
//
// Solidity: function MAX_LEAVES() view returns(uint256)
func (disputeGame *DisputeGame) UnpackMAXLEAVES(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("MAX_LEAVES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOPSTATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe39b9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_STATE() view returns(uint8)
func (disputeGame *DisputeGame) PackOPSTATE() []byte {
	enc, err := disputeGame.abi.Pack("OP_STATE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPSTATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe39b9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_STATE() view returns(uint8)
func (disputeGame *DisputeGame) TryPackOPSTATE() ([]byte, error) {
	return disputeGame.abi.Pack("OP_STATE")
}

// UnpackOPSTATE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebe39b9b.
//
// Solidity: function OP_STATE() view returns(uint8)
func (disputeGame *DisputeGame) UnpackOPSTATE(data []byte) (uint8, error) {
	out, err := disputeGame.abi.Unpack("OP_STATE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond() view returns(uint256)
func (disputeGame *DisputeGame) PackBond() []byte {
	enc, err := disputeGame.abi.Pack("bond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond() view returns(uint256)
func (disputeGame *DisputeGame) TryPackBond() ([]byte, error) {
	return disputeGame.abi.Pack("bond")
}

// UnpackBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (disputeGame *DisputeGame) UnpackBond(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("bond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBondRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0c4351.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bondRewardBps() view returns(uint256)
func (disputeGame *DisputeGame) PackBondRewardBps() []byte {
	enc, err := disputeGame.abi.Pack("bondRewardBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBondRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0c4351.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bondRewardBps() view returns(uint256)
func (disputeGame *DisputeGame) TryPackBondRewardBps() ([]byte, error) {
	return disputeGame.abi.Pack("bondRewardBps")
}

// UnpackBondRewardBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0c4351.
//
// Solidity: function bondRewardBps() view returns(uint256)
func (disputeGame *DisputeGame) UnpackBondRewardBps(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("bondRewardBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (disputeGame *DisputeGame) PackBurned() []byte {
	enc, err := disputeGame.abi.Pack("burned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burned() view returns(uint256)
func (disputeGame *DisputeGame) TryPackBurned() ([]byte, error) {
	return disputeGame.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (disputeGame *DisputeGame) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fbdcb2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function check(uint256 id, uint256 offset, bytes chunk, bytes witness) returns()
func (disputeGame *DisputeGame) PackCheck(id *big.Int, offset *big.Int, chunk []byte, witness []byte) []byte {
	enc, err := disputeGame.abi.Pack("check", id, offset, chunk, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fbdcb2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function check(uint256 id, uint256 offset, bytes chunk, bytes witness) returns()
func (disputeGame *DisputeGame) TryPackCheck(id *big.Int, offset *big.Int, chunk []byte, witness []byte) ([]byte, error) {
	return disputeGame.abi.Pack("check", id, offset, chunk, witness)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (disputeGame *DisputeGame) PackClaim() []byte {
	enc, err := disputeGame.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (disputeGame *DisputeGame) TryPackClaim() ([]byte, error) {
	return disputeGame.abi.Pack("claim")
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (disputeGame *DisputeGame) PackDeployer() []byte {
	enc, err := disputeGame.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (disputeGame *DisputeGame) TryPackDeployer() ([]byte, error) {
	return disputeGame.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (disputeGame *DisputeGame) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEndMoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea8c98ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endMoot(uint256 id) returns()
func (disputeGame *DisputeGame) PackEndMoot(id *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("endMoot", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndMoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea8c98ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endMoot(uint256 id) returns()
func (disputeGame *DisputeGame) TryPackEndMoot(id *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("endMoot", id)
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) PackGameCount() []byte {
	enc, err := disputeGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) TryPackGameCount() ([]byte, error) {
	return disputeGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getGame(uint256 id) view returns((uint8,uint8,uint64,uint64,uint16,uint256,uint256,uint16,address,address,uint256,bytes32,bytes32,bytes32,uint8,uint64,uint64,bytes32,uint256,uint256,uint256,bytes32,bytes32,bytes32,uint8,uint8,bool) v)
func (disputeGame *DisputeGame) PackGetGame(id *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("getGame", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getGame(uint256 id) view returns((uint8,uint8,uint64,uint64,uint16,uint256,uint256,uint16,address,address,uint256,bytes32,bytes32,bytes32,uint8,uint64,uint64,bytes32,uint256,uint256,uint256,bytes32,bytes32,bytes32,uint8,uint8,bool) v)
func (disputeGame *DisputeGame) TryPackGetGame(id *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getGame", id)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 id) view returns((uint8,uint8,uint64,uint64,uint16,uint256,uint256,uint16,address,address,uint256,bytes32,bytes32,bytes32,uint8,uint64,uint64,bytes32,uint256,uint256,uint256,bytes32,bytes32,bytes32,uint8,uint8,bool) v)
func (disputeGame *DisputeGame) UnpackGetGame(data []byte) (DisputeGameGameView, error) {
	out, err := disputeGame.abi.Unpack("getGame", data)
	if err != nil {
		return *new(DisputeGameGameView), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameGameView)).(*DisputeGameGameView)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address market_) returns()
func (disputeGame *DisputeGame) PackInitialize(market common.Address) []byte {
	enc, err := disputeGame.abi.Pack("initialize", market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address market_) returns()
func (disputeGame *DisputeGame) TryPackInitialize(market common.Address) ([]byte, error) {
	return disputeGame.abi.Pack("initialize", market)
}

// PackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573255f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function judge() view returns(address)
func (disputeGame *DisputeGame) PackJudge() []byte {
	enc, err := disputeGame.abi.Pack("judge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573255f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function judge() view returns(address)
func (disputeGame *DisputeGame) TryPackJudge() ([]byte, error) {
	return disputeGame.abi.Pack("judge")
}

// UnpackJudge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x573255f4.
//
// Solidity: function judge() view returns(address)
func (disputeGame *DisputeGame) UnpackJudge(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("judge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLayoutOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f330905.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function layoutOf(uint256 jobId) view returns((uint64,uint64,uint64,bool,bytes32,bytes32,bytes32,bytes32,bytes32))
func (disputeGame *DisputeGame) PackLayoutOf(jobId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("layoutOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLayoutOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f330905.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function layoutOf(uint256 jobId) view returns((uint64,uint64,uint64,bool,bytes32,bytes32,bytes32,bytes32,bytes32))
func (disputeGame *DisputeGame) TryPackLayoutOf(jobId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("layoutOf", jobId)
}

// UnpackLayoutOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f330905.
//
// Solidity: function layoutOf(uint256 jobId) view returns((uint64,uint64,uint64,bool,bytes32,bytes32,bytes32,bytes32,bytes32))
func (disputeGame *DisputeGame) UnpackLayoutOf(data []byte) (DisputeGameLayout, error) {
	out, err := disputeGame.abi.Unpack("layoutOf", data)
	if err != nil {
		return *new(DisputeGameLayout), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameLayout)).(*DisputeGameLayout)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (disputeGame *DisputeGame) PackMarket() []byte {
	enc, err := disputeGame.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (disputeGame *DisputeGame) TryPackMarket() ([]byte, error) {
	return disputeGame.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (disputeGame *DisputeGame) UnpackMarket(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMoveTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdb894ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moveTimeout() view returns(uint64)
func (disputeGame *DisputeGame) PackMoveTimeout() []byte {
	enc, err := disputeGame.abi.Pack("moveTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMoveTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdb894ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moveTimeout() view returns(uint64)
func (disputeGame *DisputeGame) TryPackMoveTimeout() ([]byte, error) {
	return disputeGame.abi.Pack("moveTimeout")
}

// UnpackMoveTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdb894ac.
//
// Solidity: function moveTimeout() view returns(uint64)
func (disputeGame *DisputeGame) UnpackMoveTimeout(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("moveTimeout", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x161cc6c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(uint256 jobId, uint256 shard, uint256 step, bytes32 prev, bytes32 cur, bytes32[] prevProof, bytes32[] curProof, uint256 bondAmount) returns(uint256 id)
func (disputeGame *DisputeGame) PackOpen(jobId *big.Int, shard *big.Int, step *big.Int, prev [32]byte, cur [32]byte, prevProof [][32]byte, curProof [][32]byte, bondAmount *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("open", jobId, shard, step, prev, cur, prevProof, curProof, bondAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x161cc6c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(uint256 jobId, uint256 shard, uint256 step, bytes32 prev, bytes32 cur, bytes32[] prevProof, bytes32[] curProof, uint256 bondAmount) returns(uint256 id)
func (disputeGame *DisputeGame) TryPackOpen(jobId *big.Int, shard *big.Int, step *big.Int, prev [32]byte, cur [32]byte, prevProof [][32]byte, curProof [][32]byte, bondAmount *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("open", jobId, shard, step, prev, cur, prevProof, curProof, bondAmount)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x161cc6c4.
//
// Solidity: function open(uint256 jobId, uint256 shard, uint256 step, bytes32 prev, bytes32 cur, bytes32[] prevProof, bytes32[] curProof, uint256 bondAmount) returns(uint256 id)
func (disputeGame *DisputeGame) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address ) view returns(uint256)
func (disputeGame *DisputeGame) PackOwed(arg0 common.Address) []byte {
	enc, err := disputeGame.abi.Pack("owed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address ) view returns(uint256)
func (disputeGame *DisputeGame) TryPackOwed(arg0 common.Address) ([]byte, error) {
	return disputeGame.abi.Pack("owed", arg0)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (disputeGame *DisputeGame) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPick is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf940b9c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pick(uint256 id, uint8 side, bytes opDesc, bytes32[] opProof) returns()
func (disputeGame *DisputeGame) PackPick(id *big.Int, side uint8, opDesc []byte, opProof [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("pick", id, side, opDesc, opProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPick is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf940b9c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pick(uint256 id, uint8 side, bytes opDesc, bytes32[] opProof) returns()
func (disputeGame *DisputeGame) TryPackPick(id *big.Int, side uint8, opDesc []byte, opProof [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("pick", id, side, opDesc, opProof)
}

// PackPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe335cc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function post(uint256 id, bytes32 root) returns()
func (disputeGame *DisputeGame) PackPost(id *big.Int, root [32]byte) []byte {
	enc, err := disputeGame.abi.Pack("post", id, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe335cc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function post(uint256 id, bytes32 root) returns()
func (disputeGame *DisputeGame) TryPackPost(id *big.Int, root [32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("post", id, root)
}

// PackProve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f081ff6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function prove(uint256 id, bytes32[] proof, uint32 update, bytes32[] updateProof) returns()
func (disputeGame *DisputeGame) PackProve(id *big.Int, proof [][32]byte, update uint32, updateProof [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("prove", id, proof, update, updateProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f081ff6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function prove(uint256 id, bytes32[] proof, uint32 update, bytes32[] updateProof) returns()
func (disputeGame *DisputeGame) TryPackProve(id *big.Int, proof [][32]byte, update uint32, updateProof [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("prove", id, proof, update, updateProof)
}

// PackRegisterLayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a315547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerLayout(uint256 jobId, uint64 numOps, uint64 numStates, uint64 steps, bytes32 h0, bytes32 updatesRoot, bytes32 context, bytes lastOp, bytes32[] lastOpProof) returns()
func (disputeGame *DisputeGame) PackRegisterLayout(jobId *big.Int, numOps uint64, numStates uint64, steps uint64, h0 [32]byte, updatesRoot [32]byte, context [32]byte, lastOp []byte, lastOpProof [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("registerLayout", jobId, numOps, numStates, steps, h0, updatesRoot, context, lastOp, lastOpProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterLayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a315547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerLayout(uint256 jobId, uint64 numOps, uint64 numStates, uint64 steps, bytes32 h0, bytes32 updatesRoot, bytes32 context, bytes lastOp, bytes32[] lastOpProof) returns()
func (disputeGame *DisputeGame) TryPackRegisterLayout(jobId *big.Int, numOps uint64, numStates uint64, steps uint64, h0 [32]byte, updatesRoot [32]byte, context [32]byte, lastOp []byte, lastOpProof [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("registerLayout", jobId, numOps, numStates, steps, h0, updatesRoot, context, lastOp, lastOpProof)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf697a6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 id, bytes32 left, bytes32 right) returns()
func (disputeGame *DisputeGame) PackReveal(id *big.Int, left [32]byte, right [32]byte) []byte {
	enc, err := disputeGame.abi.Pack("reveal", id, left, right)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf697a6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 id, bytes32 left, bytes32 right) returns()
func (disputeGame *DisputeGame) TryPackReveal(id *big.Int, left [32]byte, right [32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("reveal", id, left, right)
}

// PackRevealLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ab033fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealLeaf(uint256 id, bytes data) returns()
func (disputeGame *DisputeGame) PackRevealLeaf(id *big.Int, data []byte) []byte {
	enc, err := disputeGame.abi.Pack("revealLeaf", id, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ab033fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealLeaf(uint256 id, bytes data) returns()
func (disputeGame *DisputeGame) TryPackRevealLeaf(id *big.Int, data []byte) ([]byte, error) {
	return disputeGame.abi.Pack("revealLeaf", id, data)
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 id) returns()
func (disputeGame *DisputeGame) PackTimeout(id *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("timeout", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 id) returns()
func (disputeGame *DisputeGame) TryPackTimeout(id *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("timeout", id)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (disputeGame *DisputeGame) PackToken() []byte {
	enc, err := disputeGame.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (disputeGame *DisputeGame) TryPackToken() ([]byte, error) {
	return disputeGame.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (disputeGame *DisputeGame) UnpackToken(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9168231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalEscrowed() view returns(uint256)
func (disputeGame *DisputeGame) PackTotalEscrowed() []byte {
	enc, err := disputeGame.abi.Pack("totalEscrowed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9168231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalEscrowed() view returns(uint256)
func (disputeGame *DisputeGame) TryPackTotalEscrowed() ([]byte, error) {
	return disputeGame.abi.Pack("totalEscrowed")
}

// UnpackTotalEscrowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9168231.
//
// Solidity: function totalEscrowed() view returns(uint256)
func (disputeGame *DisputeGame) UnpackTotalEscrowed(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("totalEscrowed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalOwed() view returns(uint256)
func (disputeGame *DisputeGame) PackTotalOwed() []byte {
	enc, err := disputeGame.abi.Pack("totalOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalOwed() view returns(uint256)
func (disputeGame *DisputeGame) TryPackTotalOwed() ([]byte, error) {
	return disputeGame.abi.Pack("totalOwed")
}

// UnpackTotalOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7fa9f7d.
//
// Solidity: function totalOwed() view returns(uint256)
func (disputeGame *DisputeGame) UnpackTotalOwed(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("totalOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalUnclaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc96f14b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalUnclaimed() view returns(uint256)
func (disputeGame *DisputeGame) PackTotalUnclaimed() []byte {
	enc, err := disputeGame.abi.Pack("totalUnclaimed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalUnclaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc96f14b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalUnclaimed() view returns(uint256)
func (disputeGame *DisputeGame) TryPackTotalUnclaimed() ([]byte, error) {
	return disputeGame.abi.Pack("totalUnclaimed")
}

// UnpackTotalUnclaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc96f14b8.
//
// Solidity: function totalUnclaimed() view returns(uint256)
func (disputeGame *DisputeGame) UnpackTotalUnclaimed(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("totalUnclaimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// DisputeGameClaimed represents a Claimed event raised by the DisputeGame contract.
type DisputeGameClaimed struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (DisputeGameClaimed) ContractEventName() string {
	return DisputeGameClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed to, uint256 amount)
func (disputeGame *DisputeGame) UnpackClaimedEvent(log *types.Log) (*DisputeGameClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameClaimed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameElementChecked represents a ElementChecked event raised by the DisputeGame contract.
type DisputeGameElementChecked struct {
	Id          *big.Int
	Offset      *big.Int
	Op          *big.Int
	Element     *big.Int
	Claimed     uint32
	SolverRight bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameElementCheckedEventName = "ElementChecked"

// ContractEventName returns the user-defined event name.
func (DisputeGameElementChecked) ContractEventName() string {
	return DisputeGameElementCheckedEventName
}

// UnpackElementCheckedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ElementChecked(uint256 indexed id, uint256 offset, uint256 op, uint256 element, uint32 claimed, bool solverRight)
func (disputeGame *DisputeGame) UnpackElementCheckedEvent(log *types.Log) (*DisputeGameElementChecked, error) {
	event := "ElementChecked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameElementChecked)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameGameEnded represents a GameEnded event raised by the DisputeGame contract.
type DisputeGameGameEnded struct {
	Id            *big.Int
	Winner        uint8
	Reason        uint8
	Moot          bool
	Moves         uint16
	Refund        *big.Int
	Reward        *big.Int
	Burnt         *big.Int
	SolverSlashed bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameEndedEventName = "GameEnded"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameEnded) ContractEventName() string {
	return DisputeGameGameEndedEventName
}

// UnpackGameEndedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameEnded(uint256 indexed id, uint8 winner, uint8 reason, bool moot, uint16 moves, uint256 refund, uint256 reward, uint256 burnt, bool solverSlashed)
func (disputeGame *DisputeGame) UnpackGameEndedEvent(log *types.Log) (*DisputeGameGameEnded, error) {
	event := "GameEnded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameGameEnded)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameGameOpened represents a GameOpened event raised by the DisputeGame contract.
type DisputeGameGameOpened struct {
	Id         *big.Int
	JobId      *big.Int
	Shard      *big.Int
	Attempt    *big.Int
	Challenger common.Address
	Solver     common.Address
	Step       *big.Int
	Prev       [32]byte
	Cur        [32]byte
	Bond       *big.Int
	Deadline   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameOpenedEventName = "GameOpened"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameOpened) ContractEventName() string {
	return DisputeGameGameOpenedEventName
}

// UnpackGameOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameOpened(uint256 indexed id, uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address challenger, address solver, uint256 step, bytes32 prev, bytes32 cur, uint256 bond, uint64 deadline)
func (disputeGame *DisputeGame) UnpackGameOpenedEvent(log *types.Log) (*DisputeGameGameOpened, error) {
	event := "GameOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameGameOpened)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameInitialized represents a Initialized event raised by the DisputeGame contract.
type DisputeGameInitialized struct {
	Market common.Address
	Token  common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (DisputeGameInitialized) ContractEventName() string {
	return DisputeGameInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(address indexed market, address indexed token)
func (disputeGame *DisputeGame) UnpackInitializedEvent(log *types.Log) (*DisputeGameInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameInitialized)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameLayoutRegistered represents a LayoutRegistered event raised by the DisputeGame contract.
type DisputeGameLayoutRegistered struct {
	JobId       *big.Int
	NumOps      uint64
	NumStates   uint64
	Steps       uint64
	H0          [32]byte
	UpdatesRoot [32]byte
	Context     [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameLayoutRegisteredEventName = "LayoutRegistered"

// ContractEventName returns the user-defined event name.
func (DisputeGameLayoutRegistered) ContractEventName() string {
	return DisputeGameLayoutRegisteredEventName
}

// UnpackLayoutRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LayoutRegistered(uint256 indexed jobId, uint64 numOps, uint64 numStates, uint64 steps, bytes32 h0, bytes32 updatesRoot, bytes32 context)
func (disputeGame *DisputeGame) UnpackLayoutRegisteredEvent(log *types.Log) (*DisputeGameLayoutRegistered, error) {
	event := "LayoutRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameLayoutRegistered)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameLeafRevealed represents a LeafRevealed event raised by the DisputeGame contract.
type DisputeGameLeafRevealed struct {
	Id       *big.Int
	Tree     uint8
	Index    *big.Int
	Data     []byte
	Phase    uint8
	Height   *big.Int
	Leaves   *big.Int
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGameLeafRevealedEventName = "LeafRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeGameLeafRevealed) ContractEventName() string {
	return DisputeGameLeafRevealedEventName
}

// UnpackLeafRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeafRevealed(uint256 indexed id, uint8 tree, uint256 index, bytes data, uint8 phase, uint256 height, uint256 leaves, uint64 deadline)
func (disputeGame *DisputeGame) UnpackLeafRevealedEvent(log *types.Log) (*DisputeGameLeafRevealed, error) {
	event := "LeafRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameLeafRevealed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameOpTracePosted represents a OpTracePosted event raised by the DisputeGame contract.
type DisputeGameOpTracePosted struct {
	Id       *big.Int
	Root     [32]byte
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGameOpTracePostedEventName = "OpTracePosted"

// ContractEventName returns the user-defined event name.
func (DisputeGameOpTracePosted) ContractEventName() string {
	return DisputeGameOpTracePostedEventName
}

// UnpackOpTracePostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OpTracePosted(uint256 indexed id, bytes32 root, uint64 deadline)
func (disputeGame *DisputeGame) UnpackOpTracePostedEvent(log *types.Log) (*DisputeGameOpTracePosted, error) {
	event := "OpTracePosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameOpTracePosted)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGamePaymentDeferred represents a PaymentDeferred event raised by the DisputeGame contract.
type DisputeGamePaymentDeferred struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGamePaymentDeferredEventName = "PaymentDeferred"

// ContractEventName returns the user-defined event name.
func (DisputeGamePaymentDeferred) ContractEventName() string {
	return DisputeGamePaymentDeferredEventName
}

// UnpackPaymentDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentDeferred(address indexed to, uint256 amount)
func (disputeGame *DisputeGame) UnpackPaymentDeferredEvent(log *types.Log) (*DisputeGamePaymentDeferred, error) {
	event := "PaymentDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGamePaymentDeferred)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGamePicked represents a Picked event raised by the DisputeGame contract.
type DisputeGamePicked struct {
	Id       *big.Int
	Side     uint8
	Tree     uint8
	Height   *big.Int
	Index    *big.Int
	Leaves   *big.Int
	Node     [32]byte
	Phase    uint8
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGamePickedEventName = "Picked"

// ContractEventName returns the user-defined event name.
func (DisputeGamePicked) ContractEventName() string {
	return DisputeGamePickedEventName
}

// UnpackPickedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Picked(uint256 indexed id, uint8 side, uint8 tree, uint256 height, uint256 index, uint256 leaves, bytes32 node, uint8 phase, uint64 deadline)
func (disputeGame *DisputeGame) UnpackPickedEvent(log *types.Log) (*DisputeGamePicked, error) {
	event := "Picked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGamePicked)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameRevealed represents a Revealed event raised by the DisputeGame contract.
type DisputeGameRevealed struct {
	Id       *big.Int
	Left     [32]byte
	Right    [32]byte
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGameRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (DisputeGameRevealed) ContractEventName() string {
	return DisputeGameRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed id, bytes32 left, bytes32 right, uint64 deadline)
func (disputeGame *DisputeGame) UnpackRevealedEvent(log *types.Log) (*DisputeGameRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameRevealed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameTieProven represents a TieProven event raised by the DisputeGame contract.
type DisputeGameTieProven struct {
	Id     *big.Int
	Root   [32]byte
	Index  *big.Int
	Leaves *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameTieProvenEventName = "TieProven"

// ContractEventName returns the user-defined event name.
func (DisputeGameTieProven) ContractEventName() string {
	return DisputeGameTieProvenEventName
}

// UnpackTieProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TieProven(uint256 indexed id, bytes32 root, uint256 index, uint256 leaves)
func (disputeGame *DisputeGame) UnpackTieProvenEvent(log *types.Log) (*DisputeGameTieProven, error) {
	event := "TieProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameTieProven)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameTimedOut represents a TimedOut event raised by the DisputeGame contract.
type DisputeGameTimedOut struct {
	Id    *big.Int
	Loser uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const DisputeGameTimedOutEventName = "TimedOut"

// ContractEventName returns the user-defined event name.
func (DisputeGameTimedOut) ContractEventName() string {
	return DisputeGameTimedOutEventName
}

// UnpackTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimedOut(uint256 indexed id, uint8 loser)
func (disputeGame *DisputeGame) UnpackTimedOutEvent(log *types.Log) (*DisputeGameTimedOut, error) {
	event := "TimedOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameTimedOut)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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
func (disputeGame *DisputeGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return disputeGame.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return disputeGame.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadChildren"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadChildrenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadChunk"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadChunkError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadDescriptor"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadDescriptorError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadLayout"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadLayoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadLeaf"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadLeafError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadOffset"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadOffsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadRules"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadSide"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadSideError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadStep"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadUpdate"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadUpdateError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["GameIsOver"].ID.Bytes()[:4]) {
		return disputeGame.UnpackGameIsOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NoGame"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNoGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NoLayout"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNoLayoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotDisputeManagerOf"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotDisputeManagerOfError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotInitialized"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotMoot"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotMootError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotSubmitter"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotSubmitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["PaddingChild"].ID.Bytes()[:4]) {
		return disputeGame.UnpackPaddingChildError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return disputeGame.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["RegistrationClosed"].ID.Bytes()[:4]) {
		return disputeGame.UnpackRegistrationClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return disputeGame.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return disputeGame.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["SelfChallenge"].ID.Bytes()[:4]) {
		return disputeGame.UnpackSelfChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ShardNotCommitted"].ID.Bytes()[:4]) {
		return disputeGame.UnpackShardNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return disputeGame.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["TooLate"].ID.Bytes()[:4]) {
		return disputeGame.UnpackTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnexpectedData"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnexpectedDataError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongJobState"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongJobStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return disputeGame.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameAlreadyInitialized represents a AlreadyInitialized error raised by the DisputeGame contract.
type DisputeGameAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func DisputeGameAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (disputeGame *DisputeGame) UnpackAlreadyInitializedError(raw []byte) (*DisputeGameAlreadyInitialized, error) {
	out := new(DisputeGameAlreadyInitialized)
	if err := disputeGame.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameAlreadyRegistered represents a AlreadyRegistered error raised by the DisputeGame contract.
type DisputeGameAlreadyRegistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered()
func DisputeGameAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x3a81d6fc79a5635b1f06f5006b0b65f8bc72a09a41893acedbabc02c660943ca")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered()
func (disputeGame *DisputeGame) UnpackAlreadyRegisteredError(raw []byte) (*DisputeGameAlreadyRegistered, error) {
	out := new(DisputeGameAlreadyRegistered)
	if err := disputeGame.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadChildren represents a BadChildren error raised by the DisputeGame contract.
type DisputeGameBadChildren struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChildren()
func DisputeGameBadChildrenErrorID() common.Hash {
	return common.HexToHash("0x0142ce297de4978b4643829edf9468974c5289a2473a6189e9724386896c6b37")
}

// UnpackBadChildrenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChildren()
func (disputeGame *DisputeGame) UnpackBadChildrenError(raw []byte) (*DisputeGameBadChildren, error) {
	out := new(DisputeGameBadChildren)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadChildren", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadChunk represents a BadChunk error raised by the DisputeGame contract.
type DisputeGameBadChunk struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunk()
func DisputeGameBadChunkErrorID() common.Hash {
	return common.HexToHash("0x6964fc8ec6aee7536b2c259ea636815e6b4210f0200d86ca434ae8ee858ebedf")
}

// UnpackBadChunkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunk()
func (disputeGame *DisputeGame) UnpackBadChunkError(raw []byte) (*DisputeGameBadChunk, error) {
	out := new(DisputeGameBadChunk)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadChunk", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadDescriptor represents a BadDescriptor error raised by the DisputeGame contract.
type DisputeGameBadDescriptor struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDescriptor()
func DisputeGameBadDescriptorErrorID() common.Hash {
	return common.HexToHash("0x8205fce998eb45cbc7a4a58912a35ec7daf78ace5f26837d04d2abcaa8ee43b5")
}

// UnpackBadDescriptorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDescriptor()
func (disputeGame *DisputeGame) UnpackBadDescriptorError(raw []byte) (*DisputeGameBadDescriptor, error) {
	out := new(DisputeGameBadDescriptor)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadDescriptor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadLayout represents a BadLayout error raised by the DisputeGame contract.
type DisputeGameBadLayout struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLayout()
func DisputeGameBadLayoutErrorID() common.Hash {
	return common.HexToHash("0xa5c781ec60d3d3e71a34ab87fe456966137e38252b3fcc710fbcfa0e00016e44")
}

// UnpackBadLayoutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLayout()
func (disputeGame *DisputeGame) UnpackBadLayoutError(raw []byte) (*DisputeGameBadLayout, error) {
	out := new(DisputeGameBadLayout)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadLayout", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadLeaf represents a BadLeaf error raised by the DisputeGame contract.
type DisputeGameBadLeaf struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLeaf()
func DisputeGameBadLeafErrorID() common.Hash {
	return common.HexToHash("0x89d99da3a364ca8773b33a80f25d282e45115708a35e98df61312ccc5deaf7ca")
}

// UnpackBadLeafError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLeaf()
func (disputeGame *DisputeGame) UnpackBadLeafError(raw []byte) (*DisputeGameBadLeaf, error) {
	out := new(DisputeGameBadLeaf)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadLeaf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadOffset represents a BadOffset error raised by the DisputeGame contract.
type DisputeGameBadOffset struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOffset()
func DisputeGameBadOffsetErrorID() common.Hash {
	return common.HexToHash("0xdf7af0c00e2cf25f90c0b27ee7396f8b1aa9c453ee4588c4c7e42d3bc37908f0")
}

// UnpackBadOffsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOffset()
func (disputeGame *DisputeGame) UnpackBadOffsetError(raw []byte) (*DisputeGameBadOffset, error) {
	out := new(DisputeGameBadOffset)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadOffset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadProof represents a BadProof error raised by the DisputeGame contract.
type DisputeGameBadProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof()
func DisputeGameBadProofErrorID() common.Hash {
	return common.HexToHash("0x7ca55c774976027f27f73629387ed99a2044a8721aec39c3c2717944b08c423a")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof()
func (disputeGame *DisputeGame) UnpackBadProofError(raw []byte) (*DisputeGameBadProof, error) {
	out := new(DisputeGameBadProof)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadRules represents a BadRules error raised by the DisputeGame contract.
type DisputeGameBadRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRules()
func DisputeGameBadRulesErrorID() common.Hash {
	return common.HexToHash("0x0e3264aa250ea17ed2092f85fb5cd46dc9e7b19ea29dc293063f57dc8bc8bab7")
}

// UnpackBadRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRules()
func (disputeGame *DisputeGame) UnpackBadRulesError(raw []byte) (*DisputeGameBadRules, error) {
	out := new(DisputeGameBadRules)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadSide represents a BadSide error raised by the DisputeGame contract.
type DisputeGameBadSide struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSide()
func DisputeGameBadSideErrorID() common.Hash {
	return common.HexToHash("0x8f3723ea90ecb9888070bc20dc5a7de444f5973229022183722a2f57c986ec54")
}

// UnpackBadSideError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSide()
func (disputeGame *DisputeGame) UnpackBadSideError(raw []byte) (*DisputeGameBadSide, error) {
	out := new(DisputeGameBadSide)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadSide", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadStep represents a BadStep error raised by the DisputeGame contract.
type DisputeGameBadStep struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadStep()
func DisputeGameBadStepErrorID() common.Hash {
	return common.HexToHash("0xb3d246f3d786f69e291bb8e4516fd4a559f901fb141700f110be301b637c363a")
}

// UnpackBadStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadStep()
func (disputeGame *DisputeGame) UnpackBadStepError(raw []byte) (*DisputeGameBadStep, error) {
	out := new(DisputeGameBadStep)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadUpdate represents a BadUpdate error raised by the DisputeGame contract.
type DisputeGameBadUpdate struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadUpdate()
func DisputeGameBadUpdateErrorID() common.Hash {
	return common.HexToHash("0x523b6ff6ef1642e817ec2b5739e3c2d4e466558e851ce3485ae05604c094169c")
}

// UnpackBadUpdateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadUpdate()
func (disputeGame *DisputeGame) UnpackBadUpdateError(raw []byte) (*DisputeGameBadUpdate, error) {
	out := new(DisputeGameBadUpdate)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadUpdate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameGameIsOver represents a GameIsOver error raised by the DisputeGame contract.
type DisputeGameGameIsOver struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameIsOver()
func DisputeGameGameIsOverErrorID() common.Hash {
	return common.HexToHash("0x2b6755ee9095c34c652f325561a574a22b056370a64c8221d55c66cf4ce1d152")
}

// UnpackGameIsOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameIsOver()
func (disputeGame *DisputeGame) UnpackGameIsOverError(raw []byte) (*DisputeGameGameIsOver, error) {
	out := new(DisputeGameGameIsOver)
	if err := disputeGame.abi.UnpackIntoInterface(out, "GameIsOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNoGame represents a NoGame error raised by the DisputeGame contract.
type DisputeGameNoGame struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoGame()
func DisputeGameNoGameErrorID() common.Hash {
	return common.HexToHash("0x49eff1bb443c96f7123f62711dd322469c1aeb466bae665075bcc186ba14cf91")
}

// UnpackNoGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoGame()
func (disputeGame *DisputeGame) UnpackNoGameError(raw []byte) (*DisputeGameNoGame, error) {
	out := new(DisputeGameNoGame)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NoGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNoLayout represents a NoLayout error raised by the DisputeGame contract.
type DisputeGameNoLayout struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoLayout()
func DisputeGameNoLayoutErrorID() common.Hash {
	return common.HexToHash("0xbe8b3e4b1dbe7c4b9e129f0c7282c43e4b90cd5cfe6183988d7163010328e229")
}

// UnpackNoLayoutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoLayout()
func (disputeGame *DisputeGame) UnpackNoLayoutError(raw []byte) (*DisputeGameNoLayout, error) {
	out := new(DisputeGameNoLayout)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NoLayout", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotDeployer represents a NotDeployer error raised by the DisputeGame contract.
type DisputeGameNotDeployer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer()
func DisputeGameNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x8b906c9700ab2b52dbac68ba97746b76f841c655b82cbeaeb4a267404c6dd944")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer()
func (disputeGame *DisputeGame) UnpackNotDeployerError(raw []byte) (*DisputeGameNotDeployer, error) {
	out := new(DisputeGameNotDeployer)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotDisputeManagerOf represents a NotDisputeManagerOf error raised by the DisputeGame contract.
type DisputeGameNotDisputeManagerOf struct {
	Market common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputeManagerOf(address market)
func DisputeGameNotDisputeManagerOfErrorID() common.Hash {
	return common.HexToHash("0x97563d6a64bb064904a84ba849c108f81a5746f5645d47bed2e6aae8aa010d0b")
}

// UnpackNotDisputeManagerOfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputeManagerOf(address market)
func (disputeGame *DisputeGame) UnpackNotDisputeManagerOfError(raw []byte) (*DisputeGameNotDisputeManagerOf, error) {
	out := new(DisputeGameNotDisputeManagerOf)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotDisputeManagerOf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotInitialized represents a NotInitialized error raised by the DisputeGame contract.
type DisputeGameNotInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitialized()
func DisputeGameNotInitializedErrorID() common.Hash {
	return common.HexToHash("0x87138d5c8c2e77cb9f25c07b03277aad63d22f6a05255580ec55d2c21666e734")
}

// UnpackNotInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitialized()
func (disputeGame *DisputeGame) UnpackNotInitializedError(raw []byte) (*DisputeGameNotInitialized, error) {
	out := new(DisputeGameNotInitialized)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotMoot represents a NotMoot error raised by the DisputeGame contract.
type DisputeGameNotMoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMoot()
func DisputeGameNotMootErrorID() common.Hash {
	return common.HexToHash("0x56e7a532fc064f9712c2e6f46c4f9dddbef6a4368ffc0eda1b7165f801138fe6")
}

// UnpackNotMootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMoot()
func (disputeGame *DisputeGame) UnpackNotMootError(raw []byte) (*DisputeGameNotMoot, error) {
	out := new(DisputeGameNotMoot)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotMoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotSubmitter represents a NotSubmitter error raised by the DisputeGame contract.
type DisputeGameNotSubmitter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubmitter()
func DisputeGameNotSubmitterErrorID() common.Hash {
	return common.HexToHash("0xc54468844a8e74bd8b093fc850800ed8f8048a67fab2713d63196574dad21ba4")
}

// UnpackNotSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubmitter()
func (disputeGame *DisputeGame) UnpackNotSubmitterError(raw []byte) (*DisputeGameNotSubmitter, error) {
	out := new(DisputeGameNotSubmitter)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotYourTurn represents a NotYourTurn error raised by the DisputeGame contract.
type DisputeGameNotYourTurn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn()
func DisputeGameNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0xe60c8f58eabf2857bd772065b1b439e82bfd592ed5117876dd4b2b95320d0275")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn()
func (disputeGame *DisputeGame) UnpackNotYourTurnError(raw []byte) (*DisputeGameNotYourTurn, error) {
	out := new(DisputeGameNotYourTurn)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNothingToClaim represents a NothingToClaim error raised by the DisputeGame contract.
type DisputeGameNothingToClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim()
func DisputeGameNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x969bf7288f744225521096ebffff657851af77dd4c63700d76b8d1cf6481d1f1")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim()
func (disputeGame *DisputeGame) UnpackNothingToClaimError(raw []byte) (*DisputeGameNothingToClaim, error) {
	out := new(DisputeGameNothingToClaim)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGamePaddingChild represents a PaddingChild error raised by the DisputeGame contract.
type DisputeGamePaddingChild struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PaddingChild()
func DisputeGamePaddingChildErrorID() common.Hash {
	return common.HexToHash("0xaaec531281670d6501a0c7467947f9cae578bf08de547aac124ae550c8b483ac")
}

// UnpackPaddingChildError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PaddingChild()
func (disputeGame *DisputeGame) UnpackPaddingChildError(raw []byte) (*DisputeGamePaddingChild, error) {
	out := new(DisputeGamePaddingChild)
	if err := disputeGame.abi.UnpackIntoInterface(out, "PaddingChild", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DisputeGame contract.
type DisputeGameReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DisputeGameReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (disputeGame *DisputeGame) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DisputeGameReentrancyGuardReentrantCall, error) {
	out := new(DisputeGameReentrancyGuardReentrantCall)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameRegistrationClosed represents a RegistrationClosed error raised by the DisputeGame contract.
type DisputeGameRegistrationClosed struct {
	BiddingEnds uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistrationClosed(uint64 biddingEnds)
func DisputeGameRegistrationClosedErrorID() common.Hash {
	return common.HexToHash("0x5db58ecf52ba566789b7c7361b1513d3cf41b5e23f4835bf68693159af6f43f6")
}

// UnpackRegistrationClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistrationClosed(uint64 biddingEnds)
func (disputeGame *DisputeGame) UnpackRegistrationClosedError(raw []byte) (*DisputeGameRegistrationClosed, error) {
	out := new(DisputeGameRegistrationClosed)
	if err := disputeGame.abi.UnpackIntoInterface(out, "RegistrationClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DisputeGame contract.
type DisputeGameSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DisputeGameSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (disputeGame *DisputeGame) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DisputeGameSafeCastOverflowedUintDowncast, error) {
	out := new(DisputeGameSafeCastOverflowedUintDowncast)
	if err := disputeGame.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DisputeGame contract.
type DisputeGameSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DisputeGameSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (disputeGame *DisputeGame) UnpackSafeERC20FailedOperationError(raw []byte) (*DisputeGameSafeERC20FailedOperation, error) {
	out := new(DisputeGameSafeERC20FailedOperation)
	if err := disputeGame.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameSelfChallenge represents a SelfChallenge error raised by the DisputeGame contract.
type DisputeGameSelfChallenge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfChallenge()
func DisputeGameSelfChallengeErrorID() common.Hash {
	return common.HexToHash("0x706cd3811f9061dda748864fbad14571c2d33a69fc1ecc9c6510e02bfd9660b9")
}

// UnpackSelfChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfChallenge()
func (disputeGame *DisputeGame) UnpackSelfChallengeError(raw []byte) (*DisputeGameSelfChallenge, error) {
	out := new(DisputeGameSelfChallenge)
	if err := disputeGame.abi.UnpackIntoInterface(out, "SelfChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameShardNotCommitted represents a ShardNotCommitted error raised by the DisputeGame contract.
type DisputeGameShardNotCommitted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ShardNotCommitted()
func DisputeGameShardNotCommittedErrorID() common.Hash {
	return common.HexToHash("0xb98fa69e58a77208a8adced4c065c15829e228451a661e9d56095ccef6ee183b")
}

// UnpackShardNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ShardNotCommitted()
func (disputeGame *DisputeGame) UnpackShardNotCommittedError(raw []byte) (*DisputeGameShardNotCommitted, error) {
	out := new(DisputeGameShardNotCommitted)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ShardNotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameTooEarly represents a TooEarly error raised by the DisputeGame contract.
type DisputeGameTooEarly struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 deadline)
func DisputeGameTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd606d83fc5c7e56637c0959f5077c3a15f782b710d7eab50461ed55fd6deb6ae")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 deadline)
func (disputeGame *DisputeGame) UnpackTooEarlyError(raw []byte) (*DisputeGameTooEarly, error) {
	out := new(DisputeGameTooEarly)
	if err := disputeGame.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameTooLate represents a TooLate error raised by the DisputeGame contract.
type DisputeGameTooLate struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLate(uint64 deadline)
func DisputeGameTooLateErrorID() common.Hash {
	return common.HexToHash("0x4d673a06590205f21674ad45375abc81b85de145ee567806f534cab23841a1cf")
}

// UnpackTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLate(uint64 deadline)
func (disputeGame *DisputeGame) UnpackTooLateError(raw []byte) (*DisputeGameTooLate, error) {
	out := new(DisputeGameTooLate)
	if err := disputeGame.abi.UnpackIntoInterface(out, "TooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnexpectedData represents a UnexpectedData error raised by the DisputeGame contract.
type DisputeGameUnexpectedData struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedData()
func DisputeGameUnexpectedDataErrorID() common.Hash {
	return common.HexToHash("0x8aa6076476d9306d97827c7f1da2010bfa4eb9623b5dcbde28251eaf32f438c6")
}

// UnpackUnexpectedDataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedData()
func (disputeGame *DisputeGame) UnpackUnexpectedDataError(raw []byte) (*DisputeGameUnexpectedData, error) {
	out := new(DisputeGameUnexpectedData)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnexpectedData", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongBond represents a WrongBond error raised by the DisputeGame contract.
type DisputeGameWrongBond struct {
	Bond *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 bond)
func DisputeGameWrongBondErrorID() common.Hash {
	return common.HexToHash("0xf17d47afb9e7ed2a7cc9cf54fcd951faebc24aa68ebc141f1400de57533ed953")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 bond)
func (disputeGame *DisputeGame) UnpackWrongBondError(raw []byte) (*DisputeGameWrongBond, error) {
	out := new(DisputeGameWrongBond)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongJobState represents a WrongJobState error raised by the DisputeGame contract.
type DisputeGameWrongJobState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongJobState()
func DisputeGameWrongJobStateErrorID() common.Hash {
	return common.HexToHash("0x65f4850a837ee2286579d9f0c36532b9e468cd9ddba3d970dfa02a186750734d")
}

// UnpackWrongJobStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongJobState()
func (disputeGame *DisputeGame) UnpackWrongJobStateError(raw []byte) (*DisputeGameWrongJobState, error) {
	out := new(DisputeGameWrongJobState)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongJobState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongPhase represents a WrongPhase error raised by the DisputeGame contract.
type DisputeGameWrongPhase struct {
	Phase uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint8 phase)
func DisputeGameWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x96fe8cdd585d6e16539084786ef0330f221a01706accefe0bc861b9b7c7ccd00")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint8 phase)
func (disputeGame *DisputeGame) UnpackWrongPhaseError(raw []byte) (*DisputeGameWrongPhase, error) {
	out := new(DisputeGameWrongPhase)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameZeroAddress represents a ZeroAddress error raised by the DisputeGame contract.
type DisputeGameZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DisputeGameZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (disputeGame *DisputeGame) UnpackZeroAddressError(raw []byte) (*DisputeGameZeroAddress, error) {
	out := new(DisputeGameZeroAddress)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
