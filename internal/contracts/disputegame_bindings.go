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
	Element     uint64
	SegLo       uint64
	SegHi       uint64
	SumLo       uint32
	SumHi       uint32
	SumMid      uint32
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
	Rounds      uint16
	Shards      uint16
	H0          [32]byte
	UpdatesRoot [32]byte
	Context     [32]byte
	GraphRoot   [32]byte
	DataRoot    [32]byte
}

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIJudge\",\"name\":\"judge_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"moveTimeout_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bondRewardBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChildren\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChunk\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDescriptor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadLayout\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadLeaf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOffset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRules\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSide\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadUpdate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameIsOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoLayout\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"NotDisputeManagerOf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotLongReduction\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotMoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PaddingChild\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"biddingEnds\",\"type\":\"uint64\"}],\"name\":\"RegistrationClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ShardNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongJobState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"claimed\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverRight\",\"type\":\"bool\"}],\"name\":\"ElementChecked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"claimed\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"segments\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ElementSplit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Party\",\"name\":\"winner\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Reason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"moot\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"moves\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burnt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverSlashed\",\"type\":\"bool\"}],\"name\":\"GameEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"GameOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"numOps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"numStates\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"h0\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"updatesRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"context\",\"type\":\"bytes32\"}],\"name\":\"LayoutRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Tree\",\"name\":\"tree\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"LeafRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"OpTracePosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"element\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"start\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"claimed\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverRight\",\"type\":\"bool\"}],\"name\":\"PartialChecked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"segLo\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"segHi\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"sumLo\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"sumHi\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"PartialPicked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"boundary\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"value\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"PartialRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Tree\",\"name\":\"tree\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Picked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"left\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"right\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"}],\"name\":\"TieProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Party\",\"name\":\"loser\",\"type\":\"uint8\"}],\"name\":\"TimedOut\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CARRIED\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CHUNK_FLOATS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LEAVES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_STATE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEGMENT_TERMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondRewardBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"check\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"checkPartial\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"endMoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeGame.Party\",\"name\":\"toMove\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastTime\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"moves\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"attempt\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"opTraceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"enumDisputeGame.Tree\",\"name\":\"tree\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"op\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"height\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"left\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"right\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leafRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"segLo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"segHi\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"sumLo\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"sumHi\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"sumMid\",\"type\":\"uint32\"},{\"internalType\":\"enumDisputeGame.Party\",\"name\":\"winner\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeGame.Reason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"moot\",\"type\":\"bool\"}],\"internalType\":\"structDisputeGame.GameView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractJobMarket\",\"name\":\"market_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"judge\",\"outputs\":[{\"internalType\":\"contractIJudge\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"layoutOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"numOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numStates\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"rounds\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"shards\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"h0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updatesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"context\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"graphRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractJobMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moveTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cur\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"curProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"bondAmount\",\"type\":\"uint256\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"opDesc\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"opProof\",\"type\":\"bytes32[]\"}],\"name\":\"pick\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"post\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint32\",\"name\":\"update\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"updateProof\",\"type\":\"bytes32[]\"}],\"name\":\"prove\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"numOps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numStates\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"h0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updatesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"context\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"lastOp\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastOpProof\",\"type\":\"bytes32[]\"}],\"name\":\"registerLayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"left\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"right\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"revealLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"value\",\"type\":\"uint32\"}],\"name\":\"revealPartial\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"opDesc\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"opProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"inDesc\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"inProof\",\"type\":\"bytes32[]\"}],\"name\":\"split\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrowed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnclaimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DisputeGame",
	Bin: "0x6101203461017c57601f6158de38819003918201601f19168301916001600160401b038311848410176101805780849260809460405283398101031261017c5780516001600160a01b038116919082810361017c576020820151906001600160401b03821680830361017c5760606040850151940151941561016d57158015610162575b6101535760805260a05260c05260e05233610100526040516157499081610195823960805181818161097b0152818161231f015261319e015260a05181818161030c015281816125c70152614ed5015260c05181818161050c01528181611a4501528181611c6101528181612b5701528181613504015281816141cf0152818161486e0152614ad4015260e05181818161066b01528181611a0901528181611d160152818161364401528181614317015281816149760152614b8a01526101005181818161086e0152610b0c0152f35b630719325560e11b5f5260045ffd5b506127108411610083565b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60c06040526004361015610011575f80fd5b5f60a0525f3560e01c806308148f7a146133a3578063082febf01461338357806308518ab3146132af5780630fbdcb2d146130a4578063161cc6c414612a36578063249d39e914612a185780633a315547146124a05780634d1975b4146124815780634e71d92d1461234e578063573255f4146123085780635db775ec146122ea5780635e2f002314611edc5780635f081ff614611a6857806364c9ec6f14611a2c5780636b0c4351146119f057806373f42561146119d15780637ab033fb1461160357806380f55605146115d85780638e422d40146115b85780638f3309051461141657806398ce84ba146113f9578063a2f77bcc14610dbe578063af697a6f14610cdc578063c4d66de814610ae4578063c96f14b814610ac5578063cd1c37fc1461089d578063d5f3948814610857578063df18e04714610817578063e7fa9f7d146107e0578063ea8c98ef14610422578063ebe39b9b14610405578063f9168231146103e6578063f940b9c61461035a578063fc0c546a14610330578063fdb894ac146102eb5763fe335cc8146101a9575f80fd5b346102e55760403660031901126102e5576004356024356101c8614667565b60a08051839052600860205251604090206101e281615297565b600b8110156102cd57600181036102b05750816001600160401b0361027c61028c847ff0a101d174dd0eeb9928f6629dbfb2ce88e94183aabbcd309f2f206230358c95966008604097015560a051508342169061023e82614ec6565b93849261024f600184019182613b67565b61026061ffff825460e01c1661476e565b815461ffff60e01b191660e09190911b61ffff60e01b16179055565b610287600282613b92565b613b67565b8351928352166020820152a260a0515f5160206156f45f395f51905f525d60a05180f35b60a0516396fe8cdd60e01b90526102c690613840565b602460a051fd5b634e487b7160e01b60a051526021600452602460a051fd5b60a05180fd5b346102e55760a0513660031901126102e55760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102e55760a0513660031901126102e5576001546040516001600160a01b039091168152602090f35b346102e55760803660031901126102e55760243560ff811681036102e5576044356001600160401b0381116102e5576103979036906004016137b0565b91606435926001600160401b0384116102e5576103bb6103ce9436906004016137dd565b9390926103c6614667565b600435613cd9565b60a0515f5160206156f45f395f51905f525d60a05180f35b346102e55760a0513660031901126102e5576020600354604051908152f35b346102e55760a0513660031901126102e557602060405160028152f35b346102e55760203660031901126102e55760043561043e614667565b8060a051526008602052604060a0512060ff815460e01c16600b8110156102cd5780156107cd57600a146107ba57610475816151e0565b6107a75760018101610490426001600160401b031682613b67565b6104c06104a461ffff835460e01c1661476e565b825461ffff60e01b191660e09190911b61ffff60e01b16178255565b815460a0516001600160a01b0360ff60e81b01909116630300000560e11b178355926104eb836151e0565b1580156002850192835460ff60e01b8460e01b169060ff60e01b19161784557f0000000000000000000000000000000000000000000000000000000000000000956105388760035461387f565b600355546001600160a01b031694838361079b575b1561065b57549260405190610562828a61385b565b8161010091600660205f5160206156b45f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528960a08201528960c08201528460e0820152a26105b8575b50506103ce925061533a565b84549154918591906001600160a01b0316803b156106385761060a938386936040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c169116600486016147bd565b03925af1801561063c5761061f575b806105ac565b8361062991613916565b8260a051126106385782610619565b8280fd5b6040513d86823e3d90fd5b634e487b7160e01b5f52602160045260245ffd5b94915091506127106106909593957f000000000000000000000000000000000000000000000000000000000000000085613b46565b04946106a761069f878661387f565b6005546138be565b6005556106b68686549561387f565b926040516106c4818a61385b565b610100818a96600660205f5160206156b45f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a260018060a01b038354169054813b156107975783610755956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614782565b03925af1801561063c5761077e575b505461077992506001600160a01b031661533a565b6103ce565b8361078891613916565b8260a051126106385782610764565b8380fd5b5060a05197508761054d565b632b73d29960e11b60a05152600460a051fd5b6315b3aaf760e11b60a05152600460a051fd5b6349eff1bb60e01b60a05152600460a051fd5b346102e55760a0513660031901126102e557602061080f610806600354600454906138be565b600554906138be565b604051908152f35b346102e55760203660031901126102e5576004356001600160a01b038116908190036102e55760a0515260066020526020604060a0512054604051908152f35b346102e55760a0513660031901126102e5576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102e5576108ab3661380d565b6108b3614667565b60a0805184905260086020525160409020916108ce83615297565b600b8110156102cd57600981036102b057506108ec60058401613c86565b916108f6846150bb565b92600485015460c01c9160408501928352606082019063ffffffff82511660608701526020610957876109776001600160401b0387511698604088019563ffffffff8751166040519b8c96879663652818b160e11b88526004880190613944565b6101e48601526102048501526102406102248501526102448401916139e8565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa958615610ab857889560a05197610a38575b509160c0939163ffffffff806001600160401b0360207fad2d462625fad80203e1289858ba1dc6c51f62383c8dc64fec0bea325a169e9f99970151965195511692511692511692604051948552602085015260408401526060830152608082015284151560a0820152a215610a2f576103ce91614a5f565b610779916147f9565b93919492955095506020833d602011610ab0575b81610a5960209383613916565b810103126102e55787947fad2d462625fad80203e1289858ba1dc6c51f62383c8dc64fec0bea325a169e9f9463ffffffff806001600160401b036020610aa060c099613937565b9b959799505050505091936109b7565b3d9150610a4c565b6040513d60a051823e3d90fd5b346102e55760a0513660031901126102e5576020600454604051908152f35b346102e55760203660031901126102e5576004356001600160a01b038116908190036102e5577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610cc95760a051546001600160a01b038116610cb7578115610ca457604051637aa261d360e11b815290602082600481865afa8015610ab857839260a05191610c68575b50306001600160a01b0390911603610c51576001600160601b0360a01b161760a05155604051637e062a3560e11b8152602081600481855afa908115610ab85760a05191610c0f575b5060018060a01b031690816001600160601b0360a01b60015416176001557f3cd5ec01b1ae7cfec6ca1863e2cd6aa25d6d1702825803ff2b7cc95010fffdc260a05160a051a360a05180f35b90506020813d602011610c49575b81610c2a60209383613916565b810103126102e557516001600160a01b03811681036102e55782610bc3565b3d9150610c1d565b50634bab1eb560e11b60a05152600452602460a051fd5b9250506020823d602011610c9c575b81610c8460209383613916565b810103126102e557610c968392613a08565b84610b7a565b3d9150610c77565b63d92e233d60e01b60a05152600460a051fd5b62dc149f60e41b60a05152600460a051fd5b638b906c9760e01b60a05152600460a051fd5b346102e55760603660031901126102e557600435602435604435610cfe614667565b60a080518490526008602052516040902091610d1983615297565b600b8110156102cd57600381036102b05750610d3582826150a2565b600984015403610dab576001600160401b03606092610d808584600a7fb53d89a689416d47bf3b1a859f0297fce262ad85f53441710f23a9e85bfe246a98015582600b820155614c9b565b906040519384526020840152166040820152a260a0515f5160206156f45f395f51905f525d60a05180f35b630142ce2960e01b60a05152600460a051fd5b346102e55760203660031901126102e55760405161042081018181106001600160401b038211176113e15760405260a051815260a051602082015260a051604082015260a051606082015260a051608082015260a05160a082015260a05160c082015260a05160e082015260a05161010082015260a05161012082015260a05161014082015260a05161016082015260a05161018082015260a0516101a082015260a0516101c082015260a0516101e082015260a05161020082015260a05161022082015260a05161024082015260a05161026082015260a05161028082015260a0516102a082015260a0516102c082015260a0516102e082015260a05161030082015260a05161032082015260a05161034082015260a05161036082015260a05161038082015260a0516103a082015260a0516103c082015260a0516103e082015260a05161040082015260043560a051526008602052604060a05120908154600b60ff8260e01c1610156102cd5760e081901c60ff16808352610f4f90610f469061469c565b60208401613c7a565b6001600160401b038160a01c1660408301526001830154926001600160401b038460a01c16606084015261ffff8460e01c1660808401526002810154936001600160401b03851660a085015261ffff8560c01c1660c08501528060f01c60e085015260018060a01b031661010084015260018060a01b0382166101208401526001600160401b038460401c166101408401526006810154610160840152600781015480610180850152600882015490816101a086015261101460ff8560e81c16613868565b60ff8460e81c166101c08601526001600160401b036003840154818160401c166101e0880152818160801c16610200880152600985015461022088015260ff8860d01c16610240880152818860801c166102608801521661028086015260a05150600260ff8560e01c16145f1461138d576102c08501526102a08401525b600c8101546102e08401526001600160401b036103008401526110bb60e883901c60ff16613868565b600460ff8360e81c1614611315575b506110df60ff8260f01c166103c08401613c7a565b60078160f81c10156102cd576104209260ff9160f81c6103e084015260e01c1615156104008201526104006040519161111983825161384e565b61112b6020820151602085019061385b565b6001600160401b0360408201511660408401526001600160401b03606082015116606084015261ffff608082015116608084015260a081015160a084015260c081015160c084015261ffff60e08201511660e084015260018060a01b036101008201511661010084015260018060a01b03610120820151166101208401526101408101516101408401526101608101516101608401526101808101516101808401526101a08101516101a08401526101c08101516111e881613868565b6101c08401526001600160401b036101e0820151166101e08401526001600160401b03610200820151166102008401526102208101516102208401526102408101516102408401526102608101516102608401526102808101516102808401526102a08101516102a08401526102c08101516102c08401526102e08101516102e08401526001600160401b03610300820151166103008401526001600160401b03610320820151166103208401526001600160401b036103408201511661034084015263ffffffff6103608201511661036084015263ffffffff6103808201511661038084015263ffffffff6103a0820151166103a08401526112f56103c08201516103c085019061385b565b6113096103e08201516103e0850190613872565b01511515610400820152f35b600461132360058301613c86565b91015460c01c906001600160401b03815116906001600160401b036020820151169063ffffffff6040820151169063ffffffff608081606084015116920151166103a0880152610380870152610360860152610340850152610320840152610300830152836110ca565b505060e082901c60ff16600414806113c0575b1561109257600a810154600b8201546102c08501526102a0840152611092565b506113d160e883901c60ff16613868565b600460ff8360e81c1614156113a0565b634e487b7160e01b60a051526041600452602460a051fd5b346102e55760a0513660031901126102e557602060405160108152f35b346102e55760203660031901126102e557604051611433816138fa565b60a051815260a051602082015260a051604082015260a051606082015260a051608082015260a05160a082015260a05160c082015260a05160e082015260a05161010082015260a05161012082015260a05190610140015260043560a05152600760205260a051604090206040516114aa816138fa565b8154916001600160401b0383169283835260208301908060401c6001600160401b0316825260408401908060801c6001600160401b0316825260608501908060c01c60ff1615158252608086018160c81c61ffff16815260a087019160d81c61ffff16825260018601549260c0880193845260028701549460e089019586526003880154966101008a019788526004890154986101208b01998a52600501549961014001998a526040519a8b52516001600160401b031660208b0152516001600160401b031660408a015251151560608901525161ffff1660808801525161ffff1660a08701525160c08601525160e085015251610100840152516101208301525161014082015261016090f35b346102e55760a0513660031901126102e557602060405163ffffffff8152f35b346102e55760a0513660031901126102e55760a051546040516001600160a01b039091168152602090f35b346102e5576116113661380d565b611619614667565b60a08051849052600860205251604090209061163482615297565b600b8110156102cd57600581036102b05750815460e81c60ff1690602061165a83613868565b6003831461193a575b8114801590611923575b6119105760028301805460801c6001600160401b0316939061168e84613868565b600184036117fe576116a08387613c5e565b9081600c84015560038301916116b68784613bb6565b815460d81c60ff161561170a57505050936116ef916116e25f5160206156d45f395f51905f5296614cd3565b9160405195869586613c25565b0390a260a0515f5160206156f45f395f51905f525d60a05180f35b6001600160401b03600485969495015460801c169161172883615081565b91865460ff60e81b1916600360e81b178755600987015580546aff0000ffffffffffffffff60801b191660d083901b60ff60d01b16179055835467ffffffffffffffff19166001600160401b03838116919091179094555f5160206156d45f395f51905f52976117da906117cf90836117f2576117a760058099614cfa565b956040519a8a6117b78d9c613868565b8b5260208b015260e060408b015260e08a01916139e8565b95606088019061384e565b608086015260a08501521660c08301520390a26103ce565b6117a760038099614cfa565b50939061180a83613868565b6002830361186e5790816116e25f5160206156d45f395f51905f52966118336118669585613c5e565b600c82015560038101805467ffffffffffffffff60801b1916608089901b67ffffffffffffffff60801b16179055614cd3565b0390a26103ce565b6118a19492936118d1936118ac90426001600160401b03169061189082614ec6565b98899261024f600184019182613b67565b610287600782613b92565b604051946118b981613868565b8552602085015260e0604085015260e08401916139e8565b915f5160206156d45f395f51905f52926001600160401b0383926007606085015260a051608085015260a05160a08501521660c08301520390a26103ce565b6389d99da360e01b60a05152600460a051fd5b5061192e8185614d31565b6009840154141561166d565b5060048301546119676001600160401b03600286015460801c166001600160401b038360401c1690613c1b565b80600a1b9080820461040014901517156119b0576001600160401b0361198d921661387f565b6104008110156119c8575b6001600160fe1b03811681036119b05760021b611663565b634e487b7160e01b60a051526011600452602460a051fd5b50610400611998565b346102e55760a0513660031901126102e5576020600554604051908152f35b346102e55760a0513660031901126102e55760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102e55760a0513660031901126102e55760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102e55760803660031901126102e5576004356024356001600160401b0381116102e557611a9b9036906004016137dd565b60443563ffffffff81169290918383036102e5576064356001600160401b0381116102e557611ace9036906004016137dd565b611ad9929192614667565b60a080518890526008602052516040902095611af487615297565b600b8110156102cd57600681036102b0575060028701805460a080516001600160401b039290921690915260076020525160409020885491979095909160019060e81c60ff16611b4381613868565b03611e305750501590811591611e26575b50611e1357611b916006860154916001600160401b03600388015460c01c945460401c169392945b8484611b8b600c8b0154614dc5565b88614dd7565b15611e005785927f0877aca9bf92cd9cfc6b2bcd15b074d806d38fa65e376d925e144121be5aea509260609260405192835260208301526040820152a26001820190611be66001600160401b03421683613b67565b8154611c1890611bfc9060e01c61ffff1661476e565b835461ffff60e01b191660e09190911b61ffff60e01b16178355565b825460a0516001600160a01b0360ff60e81b01909116630180800560e11b17845593611c43846151e0565b1590811590835460ff60e01b8460e01b169060ff60e01b19161784557f000000000000000000000000000000000000000000000000000000000000000095611c8d8760035461387f565b600355546001600160a01b0316948383611df4575b15611d0657546040519093600182528161010091600360205f5160206156b45f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528960a08201528960c08201528460e0820152a26105b85750506103ce925061533a565b9491509150612710611d3b9593957f000000000000000000000000000000000000000000000000000000000000000085613b46565b0494611d4a61069f878661387f565b600555611d598686549561387f565b60405190939060018152610100818a96600360205f5160206156b45f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a260018060a01b038354169054813b156107975783610755956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614782565b5060a051975087611ca2565b637ca55c7760e01b60a05152600460a051fd5b6322a981d960e21b60a05152600460a051fd5b9050151587611b54565b91949092611e7d906001600160401b0360038b015460801c169360056002850154966040519060a051825360e01b600182015220935495856001600160401b038860401c16958692614dd7565b15611eb35763ffffffff8514611ec65750506001600160401b03169081831015611eb357611b9190600887015492939294611b7c565b63291db7fb60e11b60a05152600460a051fd5b6006880154959094509092611b91925090611b7c565b346102e55760e03660031901126102e5576024356080526044356001600160401b0381116102e557611f129036906004016137b0565b6064356001600160401b0381116102e557611f319036906004016137b0565b9290916084356001600160401b0381116102e557611f539036906004016137dd565b9460a4356001600160401b0381116102e557611f739036906004016137b0565b60c4356001600160401b0381116102e557611f929036906004016137dd565b611f9d989198614667565b611fa8600435614c72565b98611fb3888a614d31565b60098b0154036122d7578760021c60805110156122c4578961201b60029c6001600160401b0380600385015460401c169e8f9401541660a051526007602052604060a05120996001600160401b0360048c01549b541680946120158c8a614d31565b8d614dd7565b156122785761202a87856153fa565b999198809150156122ac57853560f81c9960098b1415806122a1575b61223f57600581018082116119b057808310801561228b575b612278576001820182116119b05761209c97612088936120829360010191614f2f565b90614f47565b60e01c906120968789614d31565b90614dd7565b15612278576120aa916153fa565b5060a051939092919082612252575b50505050601081111561223f575f1981019081116119b05760041c90600182018092116119b057600160301b821161223f576001600160401b03936121086121dc926121d19560805184614f7d565b825460ff60e81b1916600160ea1b1783556004830180546001600160c01b031688841660c01b6001600160c01b0319161790559290918685166040519461214e866138cb565b60a051865281602087015260a051604087015263ffffffff811695866060820152608060a05191015261218c60058401928a19845416845583613bb6565b815463ffffffff60c01b1960808b901b199091161660a09190911b63ffffffff60a01b16179055428716906121c082614ec6565b96879261024f600184019182613b67565b610287600882613b92565b60405195608051875260208701526040860152606085015260808401521660a08201527f532a558fc5bb81e4a591c3d72663764ba51db0bd1149ae2d2227acfaa42910bc60c060043592a260a0515f5160206156f45f395f51905f525d60a05180f35b630c67a86d60e21b60a05152600460a051fd5b92935090916009036122715761226892506138a0565b858080806120b9565b5050612268565b638205fce960e01b60a05152600460a051fd5b5061229782848a614f23565b3560f81c1561205f565b50600b8b1415612046565b634e487b7160e01b60a051526032600452602460a051fd5b63037debc360e61b60a05152600460a051fd5b6334b27e4760e11b60a05152600460a051fd5b346102e55760a0513660031901126102e55760206040516104008152f35b346102e55760a0513660031901126102e5576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102e55760a0513660031901126102e557612368614667565b3360a051526006602052604060a0512054801561246e573360a05152600660205260a051604060a051205561239f8160045461387f565b6004556040518181527fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a60203392a260015460a0805160405163a9059cbb60e01b90915233600452602493909352516001600160a01b03909116919060209060448180865af190600160a051511482161561244b575b604052156124355760a0515f5160206156f45f395f51905f525d60a05180f35b635274afe760e01b60a05152600452602460a051fd5b90600181151661246357823b15153d15161690612415565b503d60a051823e3d90fd5b6312d37ee560e31b60a05152600460a051fd5b346102e55760a0513660031901126102e5576020600254604051908152f35b346102e5576101203660031901126102e5576004356024356001600160401b038116908190036102e5576044356001600160401b038116918282036102e557606435926001600160401b0384168085036102e55760843560a4359160c4359360e4356001600160401b0381116102e55761251e9036906004016137b0565b97610104356001600160401b0381116102e55761253f9036906004016137dd565b9a909261254a614667565b60a051546001600160a01b03169b8c15612a05578d604051809e819263bf22c45760e01b835260048301525a9260249161026094fa9c8d15610ab85760a0519d612872575b508c516001600160a01b0316330361285f5760608d015160048110156102cd575f190161284c578c6001600160401b0360206125ed827f000000000000000000000000000000000000000000000000000000000000000016426138be565b9201511680911161283657508d60a051526007602052604060a051209460ff865460c01c16612823578b158e8115612814575b811561280b575b81156127fd575b81156127f4575b81156127e6575b8115612796575b50612783576126596102208f019d8e5194614d31565b925f198d01906001600160401b0382116119b057612682946001600160401b038f931691614dd7565b15611e00577f87b45b43ad44c6372fec1ec99312c120318b1a2f660f2817ca11e5b1db16b4f49a60c09a6126f7610240936126cf6005968e6001600160401b03198a541617895588613bb6565b865467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178655565b845461ffff60c81b61016084015160c81b1661ffff60d81b604085015160d81b169160018f1b908f64ffffffffff901b191617171785558760018601558860028601558960038601555160048501550151910155604051958652602086015260408501526060840152608083015260a0820152a260a0515f5160206156f45f395f51905f525d60a05180f35b632971e07b60e21b60a05152600460a051fd5b61ffff91506101600151166001811190816127b3575b508e612643565b809150156127ce5788066001600160401b031615155f6127ac565b634e487b7160e01b60a051526012600452602460a051fd5b600160301b8a11915061263c565b89159150612635565b600160301b8911915061262e565b88159150612627565b63ffffffff8e10159150612620565b630ea075bf60e21b60a05152600460a051fd5b635db58ecf60e01b60a05152600452602460a051fd5b6332fa428560e11b60a05152600460a051fd5b6331511a2160e21b60a05152600460a051fd5b909c50610260813d82116129fd575b8161288f6102609383613916565b810103126102e5576040519061026082016001600160401b038111838210176113e1576040526128be81613a08565b82526128cc60208201613a1c565b60208301526128dd60408201613a30565b604083015260608101519060048210156102e55761024091606084015261290660808201613a1c565b608084015261291760a08201613a1c565b60a084015261292860c08201613a30565b60c084015261293960e08201613a30565b60e084015261294b6101008201613a3f565b61010084015261295e6101208201613a3f565b6101208401526129716101408201613a3f565b6101408401526129846101608201613a30565b6101608401526129976101808201613a30565b6101808401526129aa6101a08201613937565b6101a08401526129bd6101c08201613bde565b6101c08401526129d06101e08201613bde565b6101e084015261020081015161020084015261022081015161022084015201516102408201529b8e61258f565b3d9150612881565b6321c4e35760e21b60a05152600460a051fd5b346102e55760a0513660031901126102e55760206040516127108152f35b346102e5576101003660031901126102e55760843560643560043560443560243560a4356001600160401b0381116102e557612a769036906004016137dd565b9460c4356001600160401b0381116102e557612a969036906004016137dd565b60e4359791612aa3614667565b8760a051526007602052604060a051209485549560ff8760c01c16156130915760a0515460405163133545fd60e01b8152600481018c9052602481018a9052979061018090899060449082906001600160a01b03165afa978815610ab85760a05198613060575b5060026040890151612b1b81613868565b612b2481613868565b0361304d5787516001600160a01b0316331461303a576001600160401b038160801c16908a158015613031575b612f4f577f0000000000000000000000000000000000000000000000000000000000000000808e0361301b575060c81c61ffff16916001831115612f74575090612b9a916138a0565b90612bae8261ffff6101008a015116613b46565b808a11801590612f62575b612f4f57612bc7908a61387f565b90610140880195865191612bda89614dc5565b925f1985018581116119b057600287018097116119b057612bfc948792614dd7565b15948515612f35575b5050505050611e00575b612c1a600254613b59565b96876002558760a051526008602052604060a05120916001600160401b03421695612c4487614ec6565b84546001600160a01b0319163317855593612c5f8582613b67565b805460ff60e01b1916600160e01b17815585516001820180546001600160a01b0319166001600160a01b039290921691909117815597612c9f9089613b67565b87546080870180516001600160e01b0390921660f09290921b6001600160f01b03191691909117600160e01b179098556001600160401b038911612f1957600281016001600160401b03808b16166001600160401b0319825416178155612d0f6001600160401b03841682613bb6565b61ffff8811612efd578995857fed6d0331cd61cec5ca632e46fbc822100ebd92563456f883b272dd9cd10947df95610100958f988f612da79160078f9e998f996001600160401b039a81549061ffff60c01b9060c01b169061ffff60c01b19161790556003810177ffffffffffffffffffffffffffffffff0000000000000000801982541617905586600682015501556003546138be565b60035561ffff8d51169560018060a01b0390511660405196875233602088015260408701526060860152608085015260a08401528b60c08401521660e0820152a461ffff60018060a01b0360a051541692511690823b156102e557604051936334ae2b9360e21b85526004850152602484015260448301528160648160a0519360a051905af18015610ab857612ee4575b5060015460a080516040516323b872dd60e01b9091523360045230602452604493909352516001600160a01b03909116929060209060648180875af1600160a0515114811615612ec3575b8260405260a05160605215612eac576020925060a0515f5160206156f45f395f51905f525d8152f35b82635274afe760e01b60a05152600452602460a051fd5b6001811516612ed957833b15153d151616612e83565b823d60a051823e3d90fd5b60a051612ef091613916565b60a0516102e55782612e38565b876306dfcc6560e41b60a051526010600452602452604460a051fd5b886306dfcc6560e41b60a051526040600452602452604460a051fd5b612f449550516120968d614dc5565b158880808080612c05565b63b3d246f360e01b60a05152600460a051fd5b50612f6d83826138be565b8a11612bb9565b9095915060018a03612fdb5760010154861480159250612fd1575b50611e00575b61014085015192612fa58b614dc5565b5f198901908982116119b057612fba95614dd7565b612c0f57637ca55c7760e01b60a05152600460a051fd5b905015158b612f8f565b5061014087015191612fec87614dc5565b926001198b018b81116119b057613004948892614dd7565b612f9557637ca55c7760e01b60a05152600460a051fd5b63f17d47af60e01b60a05152600452602460a051fd5b50818b11612b51565b63706cd38160e01b60a05152600460a051fd5b635cc7d34f60e11b60a05152600460a051fd5b6130839198506101803d811161308a575b61307b8183613916565b810190613a53565b968d612b0a565b503d613071565b63be8b3e4b60e01b60a05152600460a051fd5b346102e55760803660031901126102e5576004356024356044356001600160401b0381116102e5576130da9036906004016137b0565b6064356001600160401b0381116102e5576130f99036906004016137b0565b613104949194614667565b61310d86614c72565b946131188486614d31565b6009870154036122d7578360021c8310156122c457602061315061319a9561313e614d47565b50613148896150bb565b97868a614f7d565b929093604088019463ffffffff60608a0195168552855260405196879283926339d3f8eb60e21b8452613186600485018c613944565b6102006101e48501526102048401916139e8565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa948515610ab857879460a0519661323d575b50917ff1238c0fafaf0c1e0df92158cc04475cb6c39d1c4c2bf86d20df5283890b357d939163ffffffff602060a09501519251915116916040519384526020840152604083015260608201528415156080820152a215610a2f576103ce91614a5f565b9294509450916020823d6020116132a7575b8161325c60209383613916565b810103126102e55786937ff1238c0fafaf0c1e0df92158cc04475cb6c39d1c4c2bf86d20df5283890b357d9363ffffffff602061329a60a096613937565b98939550505091936131da565b3d915061324f565b346102e55760403660031901126102e55760043560243563ffffffff81168082036102e5576132dc614667565b60a0805184905260086020525160409020916132f783615297565b600b8110156102cd57600881036102b05750916001600160401b03606092610d8061337d836133747f4dee226768bf08319e8736772d5c561cedccbed3f782578d6dd633fc5d697c4a98600588019081549063ffffffff60c01b9060c01b169063ffffffff60c01b19161781555482811692839160401c1661387f565b60011c906138be565b93614c9b565b346102e55760a0513660031901126102e5576020604051600160301b8152f35b3461376b57602036600319011261376b576004356133bf614667565b805f52600860205260405f20805460ff8160e01c1690600b8210156106475781156137a157600a8214613792576001600160401b039060a01c16804210613780575061340a9061469c565b827f4f6ee372207f9021a19d090294f500c14bdb387c7d4df49bdd1ab706823fce0d602060405161343b818661385b565ba26003811015610647576001036137795760025b60018201926134676001600160401b03421685613b67565b61349761347b61ffff865460e01c1661476e565b855461ffff60e01b191660e09190911b61ffff60e01b16178555565b825468ffffffffffffffffff60a01b1916600560e11b17835560038210156106475782546001600160f01b031660f083901b60ff60f01b1617600160f81b1783556134e1836151e0565b15908115906002850193845460ff60e01b8560e01b169060ff60e01b19161785557f0000000000000000000000000000000000000000000000000000000000000000956135308760035461387f565b600355546001600160a01b031696848461376f575b15613635575493613559604051809361385b565b8161010091600160205f5160206156b45f395f51905f52950152604082015261ffff8660e01c16606082015287608082015260a05160a082015260a05160c08201528460e0820152a26135b2575b50506103ce9161533a565b60018060a01b0360a05154169154823b156102e55761360392859160405180958194829363142d1ce160e01b845260a0519760f01c906001600160401b0361ffff8260c01c169116600486016147bd565b039160a051905af18015610ab85761361c575b806135a7565b60a05161362891613916565b60a0516102e55782613616565b949692509492506127106136697f000000000000000000000000000000000000000000000000000000000000000085613b46565b049461367861069f878661387f565b6005556136878686549561387f565b613694604051809361385b565b8161010091600160205f5160206156b45f395f51905f529501525f604083015261ffff8760e01c1660608301525f60808301528860a083015260c08201525f60e0820152a25f549454946001600160a01b0316803b1561376b57613728955f80946040519889958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614782565b03925af1928315613760576107799361374c575b50546001600160a01b031661533a565b5f61375691613916565b5f60a0528361373c565b6040513d5f823e3d90fd5b5f80fd5b5060028214613545565b600161344f565b63d606d83f60e01b5f5260045260245ffd5b6315b3aaf760e11b5f5260045ffd5b6349eff1bb60e01b5f5260045ffd5b9181601f8401121561376b578235916001600160401b03831161376b576020838186019501011161376b57565b9181601f8401121561376b578235916001600160401b03831161376b576020808501948460051b01011161376b57565b90604060031983011261376b5760043591602435906001600160401b03821161376b5761383c916004016137b0565b9091565b600b81101561064757600452565b90600b8210156106475752565b9060038210156106475752565b6005111561064757565b9060078210156106475752565b9190820391821161388c57565b634e487b7160e01b5f52601160045260245ffd5b81156138aa570490565b634e487b7160e01b5f52601260045260245ffd5b9190820180921161388c57565b60a081019081106001600160401b038211176138e657604052565b634e487b7160e01b5f52604160045260245ffd5b61016081019081106001600160401b038211176138e657604052565b90601f801991011681019081106001600160401b038211176138e657604052565b5190811515820361376b57565b6101c0809180518452602081015160208501526040810151604085015263ffffffff60608201511660608501526080810151608085015260a081015160a085015260c081015160c085015260e081015160e08501526101008101516101008501526101208101516101208501526101408101516101408501526101608101516101608501526101808101516101808501526101a08101516101a08501520151910152565b908060209392818452848401375f828201840152601f01601f1916010190565b51906001600160a01b038216820361376b57565b51906001600160401b038216820361376b57565b519061ffff8216820361376b57565b51906001600160601b038216820361376b57565b908161018091031261376b576040519061018082018281106001600160401b038211176138e657604052613a8681613a08565b8252613a9460208201613a1c565b60208301526040810151600581101561376b57604083015260608101519060ff8216820361376b57610160916060840152613ad160808201613a30565b6080840152613ae260a08201613a08565b60a0840152613af360c08201613a3f565b60c0840152613b0460e08201613a1c565b60e0840152613b166101008201613a30565b610100840152613b296101208201613a1c565b610120840152610140810151610140840152015161016082015290565b8181029291811591840414171561388c57565b5f19811461388c5760010190565b805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b90600b81101561064757815460ff60e01b191660e09190911b60ff60e01b16179055565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b51906fffffffffffffffffffffffffffffffff8216820361376b57565b906001600160401b03809116911603906001600160401b03821161388c57565b81156138aa570690565b939091613c3993929695966118b981613868565b926001600160401b0360c091600660608501525f60808501525f60a085015216910152565b359060208110613c6c575090565b5f199060200360031b1b1690565b60038210156106475752565b90604051613c93816138cb565b608063ffffffff8294546001600160401b03811684526001600160401b038160401c1660208501528181841c166040850152818160a01c16606085015260c01c16910152565b9492939190935f865f52600860205260405f2093613cf685615297565b91600160ff891611614658576001600160401b036002870154165f52600760205260405f205f93600b8110156106475760028103614018575060ff8916613ffa576008870154946001600160401b0382541695966001995b613d5788615081565b955b613d628c613868565b60018c1480613ff2575b15613f8a5790613d9991600486015489613d868787614d31565b9754976001600160401b03891692614dd7565b15613f7b5790613da8916154be565b93809193929581613f64575b50613f55576101009b98946001600160401b03613f4099957f45fe5b1b6b84b32c919ff9c32a772ed6730fd6bcff6161295118ba71eda043e99f9d999582613e6291819f9b978260048f613e4f838095613e899d60028501549060ff60d81b90151560d81b169060ff60d81b19161760028501551660038301908154906001600160401b0360c01b9060c01b169060018060c01b0316179055565b0197161682198754161786551684613bb6565b825467ffffffffffffffff60801b1916911660801b67ffffffffffffffff60801b16179055565b613e9288613868565b855460ff60e81b191660e889901b60ff60e81b16178655600986018590556002860180546aff0000ffffffffffffffff60801b191660d084901b60ff60d01b1617848b1660801b67ffffffffffffffff60801b1617905550600385018054891916848a1617905580613f4957613f0a60058096614cfa565b9660ff6040519a168a52613f1d81613868565b60208a015260408901526060880152608087015260a086015260c085019061384e565b1660e0820152a2565b613f0a60038096614cfa565b638205fce960e01b8652600486fd5b6001600160401b03915060401c168210155f613db4565b638205fce960e01b8452600484fd5b509250501590811591613fe8575b50613fd957936101009693613f40937f45fe5b1b6b84b32c919ff9c32a772ed6730fd6bcff6161295118ba71eda043e99997936001600160401b0397613e89565b6322a981d960e21b8152600490fd5b905015155f613f98565b508615613d6c565b6007870154946001600160401b03825460401c169596600299613d4e565b9150949193969250600481145f146146405750600460ff865460e81c1661403e81613868565b146144865760ff855460e81c16926001600160401b036003870154169460028701549760ff8960d01c1693845f1981011161388c578a9586945f198701968a9960ff61409d829f6801fffffffffffffffe835f9c1691607f1c166138be565b9a1661447c57600a8d01545b809c808c5f1986011b10156140c15750505050613d59565b9950999d509a509a9e9d9c98505093505090505f5f5b5f19890181106144685750841461445957159081159161444f575b506144405786957f45fe5b1b6b84b32c919ff9c32a772ed6730fd6bcff6161295118ba71eda043e9956101009560ff6040519616865261413181613868565b60208601525f190160408501526060840152608083015260a0820152600a60c08201525f60e0820152a2600183016141726001600160401b03421682613b67565b6141866104a461ffff835460e01c1661476e565b83546001600160a01b0360ff60e81b0116630101000560e11b1784555f936141ad816151e0565b158015600283015460ff60e01b8360e01b169060ff60e01b19161760028401557f0000000000000000000000000000000000000000000000000000000000000000946141fb8660035461387f565b60035583546001600160a01b0316948383614435575b1561430757546040519093600282528161010091600260205f5160206156b45f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528a60a08201528a60c08201528460e0820152a2614279575b505061427792935061533a565b565b855460029290920154918691906001600160a01b0316803b15610638576142d0938386936040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c169116600486016147bd565b03925af180156142fc576142e5575b8061426a565b846142ef91613916565b835f1261079757836142df565b6040513d87823e3d90fd5b949150915061271061433c9593957f000000000000000000000000000000000000000000000000000000000000000085613b46565b049461434b61069f878661387f565b60055561435a8686549561387f565b60405190939060028152610100818b96600260205f5160206156b45f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a2600260018060a01b03845416910154813b1561079757836143f8956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614782565b03925af180156142fc5761441e575b5054919250614277916001600160a01b031661533a565b8461442891613916565b835f126107975783614407565b505f98506001614211565b6322a981d960e21b5f5260045ffd5b905015155f6140f2565b635576298960e11b5f5260045ffd5b90614475816001926150a2565b91016140d7565b600b8d01546140a9565b509294939150501590811591614636575b506144405760058201906144aa82613c86565b916001600160401b03835116926020810193677fffffffffffffff6144d9826001600160401b03885116613bfb565b60011c16016001600160401b03811161388c577fe610cbad562ef7b13fdfc4633f66c04c3979119a43ab594046accbb2401b7e3d9560e0956001600160401b0394856146019460ff8916155f1461461e5763ffffffff60808801511660608801521682525b5f60808601528585511686811687198354161782556001876145b381865116936145688587613bb6565b60408a018051875460608d01805163ffffffff60c01b19608089811b19909416169390921b63ffffffff60801b169290921760a09190911b63ffffffff60a01b161790975594613bfb565b160361460a5763ffffffff8088806145cd60098099614cfa565b9951169551169251169251169260ff60405199168952602089015260408801526060870152608086015260a085019061384e565b1660c0820152a2565b63ffffffff8088806145cd60088099614cfa565b63ffffffff608088015116604088015216855261453e565b905015155f614497565b6396fe8cdd60e01b5f5261465390613840565b60245ffd5b63479b91f560e11b5f5260045ffd5b5f5160206156f45f395f51905f525c61468d5760015f5160206156f45f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b600b811015908161064757600181148015614761575b828115614751575b8115614741575b8115614731575b5061472a5781610647576002811491821561471d575b821561470c575b82156146fb575b50506146f6575f90565b600290565b909150610647576009145f806146ec565b8092506106475760078114916146e5565b506004811491505f6146de565b5050600190565b90506106475760088114826146c8565b90506106475760068114826146c1565b90506106475760058114826146ba565b505f9150600381146146b2565b61ffff60019116019061ffff821161388c57565b6001600160401b03909116815261ffff9182166020820152911660408201525f60608201526001600160a01b03909116608082015260a00190565b6001600160401b03909116815261ffff918216602082015291166040820152600160608201526001600160a01b03909116608082015260a00190565b9190600181016148126001600160401b03421682613b67565b6148266104a461ffff835460e01c1661476e565b81546001600160a01b0360ff60e81b0116630201000560e11b1782555f9361484d836151e0565b1580156002850192835460ff60e01b8460e01b169060ff60e01b19161784557f00000000000000000000000000000000000000000000000000000000000000009561489a8760035461387f565b600355546001600160a01b0316948383614a54575b1561496657546040519093600282528161010091600460205f5160206156b45f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528a60a08201528a60c08201528460e0820152a261491457505061427792935061533a565b85549154918691906001600160a01b0316803b15610638576142d0938386936040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c169116600486016147bd565b949150915061271061499b9593957f000000000000000000000000000000000000000000000000000000000000000085613b46565b04946149aa61069f878661387f565b6005556149b98686549561387f565b60405190939060028152610100818b96600460205f5160206156b45f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a260018060a01b038354169054813b1561079757836143f8956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614782565b505f985060016148af565b919060018101614a786001600160401b03421682613b67565b614a8c6104a461ffff835460e01c1661476e565b81546001600160a01b0360ff60e81b0116630280800560e11b1782555f93614ab3836151e0565b1580156002850192835460ff60e01b8460e01b169060ff60e01b19161784557f000000000000000000000000000000000000000000000000000000000000000095614b008760035461387f565b600355546001600160a01b0316948383614c68575b15614b7a57546040519093600182528161010091600560205f5160206156b45f395f51905f52950152604082015261ffff8660e01c1660608201528860808201528a60a08201528a60c08201528460e0820152a261491457505061427792935061533a565b9491509150612710614baf9593957f000000000000000000000000000000000000000000000000000000000000000085613b46565b0494614bbe61069f878661387f565b600555614bcd8686549561387f565b60405190939060018152610100818b96600560205f5160206156b45f395f51905f5295015287604083015261ffff8960e01c1660608301528760808301528a60a083015260c08201528660e0820152a260018060a01b038354169054813b1561079757836143f8956040519687958694859363142d1ce160e01b855260f01c906001600160401b0361ffff8260c01c16911660048601614782565b505f985088614b15565b5f52600860205260405f2090614c8782615297565b600b81101561064757600781036146405750565b90614277614cc8926001600160401b03421690614cb782614ec6565b94859261024f600184019182613b67565b610287600482613b92565b90614277614cef926001600160401b03421690614cb782614ec6565b610287600682613b92565b614d2b9291614277916102876001600160401b03421692614d1a84614ec6565b96879461024f600186019182613b67565b82613b92565b9060019080604051935f85538385013701902090565b604051906101e082018281106001600160401b038211176138e6576040525f6101c0838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a08201520152565b6040516021915f825360018201522090565b949290919281158015614ebc575b614eb257614df282615081565b92838203614ea75794939291905f945f945b848610614e1657505050505050501490565b9091929394959681871c84881015614e93578760051b84013586600183188a1b101580614e89575b614e7a57600192614e60928416614e6c5790614e59916150a2565b98806150a2565b96019493929190614e04565b614e75916150a2565b614e59565b50505050505050505050505f90565b5089811415614e3e565b634e487b7160e01b5f52603260045260245ffd5b505050505050505f90565b5050505050505f90565b5081841015614de5565b614efc906001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001691166138be565b6001600160401b03811115614f1757506001600160401b0390565b6001600160401b031690565b90821015614e93570190565b9093929384831161376b57841161376b578101920390565b356001600160e01b0319811692919060048210614f62575050565b6001600160e01b031960049290920360031b82901b16169150565b93929360046001600160401b03600283015460801c16910154916001600160401b038360401c16928160021b9360018060fe1b038316830361388c57614fda614fe0926001600160401b03614fd284886138a0565b911690613b46565b93613c1b565b9182600a1b92808404610400149015171561388c5761500792615002916138be565b6138be565b93615013828285614f23565b3560f81c6001830180841161388c5761ff0061503181928588614f23565b3560f01c1616176002830180841161388c5762ff000061505381928588614f23565b3560e81c161617926003830180931161388c5763ff00000092839261507792614f23565b3560e01c16161790565b905f915b806001841b106150925750565b9161509c90613b59565b91615085565b6041916040519160018353600183015260218201522090565b906150c4614d47565b9160028101546001600160401b03811690815f52600760205260405f20916001600160401b038260401c1693848752835494600161ffff8760c81c1611615190575b506001600160401b039260039592600783868961ffff96015460401c1660208c0152600c81015460808c0152600881015460a08c0152600681015460c08c0152015460e08a015261010089015260c01c16610120870152600483015461014087015281811661016087015260401c1661018085015260058101546101a085015201546101c0830152565b9194915f19810190811161388c576151b36151c19161ffff8560d81c1690613b46565b61ffff8560c01c16906138be565b926001840180941161388c579287529093906001600160401b03615106565b5f54600282015460405163133545fd60e01b81526001600160401b038216600482015260c09190911c61ffff166024820152919061018090839060449082906001600160a01b03165afa918215613760575f92615276575b506002604083015161524981613868565b61525281613868565b14918261525e57505090565b6001919250608061ffff9101511691015460f01c1490565b6152909192506101803d811161308a5761307b8183613916565b905f615238565b9081549160ff8360e01c1692600b8410156106475783156137a157600a8414613792576001600160401b038160a01c168042101561532857506152d98461469c565b6003811015610647576001036153185750600101546001600160a01b03165b6001600160a01b0316330361530957565b631cc191eb60e31b5f5260045ffd5b6001600160a01b031690506152f8565b6326b39d0360e11b5f5260045260245ffd5b9080156153f65760015460405163a9059cbb60e01b5f9081526001600160a01b03948516600481905260248590529491929091169060209060448180855af19060015f51148216156153e9575b509060405215615395575050565b60207f8af6e30690e4b192e05dc42baa9776cefda6c432838616c7f4f036bbab44917e91835f526006825260405f206153cf8282546138be565b90556153dd816004546138be565b600455604051908152a2565b3b15153d1516165f615387565b5050565b91905f916002821061549b578160011015614e9357600184013560f881901c9260f69190911c6103fc169081600201918260021161388c5760088395119081156154aa575b5061549b5794906001956002925b82841061545a5750505050565b9091929695506004870180881161388c5761547d612082615487928a8686614f2f565b60e01c8097613b46565b966004810180911161388c5792919061544d565b638205fce960e01b5f5260045ffd5b600391500180831161388c5781105f61543f565b906002811061549b578015614e93576002823560f81c14928160011015614e9357600183013560f881901c926002929160f61c6103fc168084019081851161388c5760030180911161388c57811061549b575f9460019384955f905b80821061562c57505061552e818484614f23565b3560f61c6103fc166103fc166001018060011161388c5761554e916138be565b6001810180821161388c57831061549b5761556a818484614f23565b3560f81c6001018060011161388c57615582916138be565b600481019081811161388c576008810180831161388c576028820180911161388c57840361549b576155b79361208293614f2f565b60e01c9361562157677fffffffffffffff82118015615607575b61549b575f19830183811161388c57600a1c6001810180911161388c57806155f99193613b46565b90600160301b821161549b57565b50677fffffffffffffff61561b8385613b46565b116155d1565b5f9250600191508190565b909591600481019081811161388c576120828261564a928888614f2f565b60e01c909281156156aa575b6001880180891161388c5783111561569e579061567291613b46565b95677fffffffffffffff871161568e575b6001905b019061551a565b6780000000000000009650615683565b96975060019097615687565b6001995061565656fe6283347713d07837ac3056c5b5207268a03bcb92e9ae3a3308fd49f271af6b3261e601b47b8048141d058278168b5b374b57ca46a0adb9fa9a2b5b63a3aec80c9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220ba1abb983390ccf85729a94ffa5ef5eeb3328382f9ec77eddaa15a06e8ee362e64736f6c63430008250033",
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

// PackSEGMENTTERMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98ce84ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SEGMENT_TERMS() view returns(uint256)
func (disputeGame *DisputeGame) PackSEGMENTTERMS() []byte {
	enc, err := disputeGame.abi.Pack("SEGMENT_TERMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSEGMENTTERMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98ce84ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SEGMENT_TERMS() view returns(uint256)
func (disputeGame *DisputeGame) TryPackSEGMENTTERMS() ([]byte, error) {
	return disputeGame.abi.Pack("SEGMENT_TERMS")
}

// UnpackSEGMENTTERMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98ce84ba.
//
// Solidity: function SEGMENT_TERMS() view returns(uint256)
func (disputeGame *DisputeGame) UnpackSEGMENTTERMS(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("SEGMENT_TERMS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackCheckPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd1c37fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkPartial(uint256 id, bytes witness) returns()
func (disputeGame *DisputeGame) PackCheckPartial(id *big.Int, witness []byte) []byte {
	enc, err := disputeGame.abi.Pack("checkPartial", id, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd1c37fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkPartial(uint256 id, bytes witness) returns()
func (disputeGame *DisputeGame) TryPackCheckPartial(id *big.Int, witness []byte) ([]byte, error) {
	return disputeGame.abi.Pack("checkPartial", id, witness)
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
// Solidity: function getGame(uint256 id) view returns((uint8,uint8,uint64,uint64,uint16,uint256,uint256,uint16,address,address,uint256,bytes32,bytes32,bytes32,uint8,uint64,uint64,bytes32,uint256,uint256,uint256,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,bool) v)
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
// Solidity: function getGame(uint256 id) view returns((uint8,uint8,uint64,uint64,uint16,uint256,uint256,uint16,address,address,uint256,bytes32,bytes32,bytes32,uint8,uint64,uint64,bytes32,uint256,uint256,uint256,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,bool) v)
func (disputeGame *DisputeGame) TryPackGetGame(id *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getGame", id)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 id) view returns((uint8,uint8,uint64,uint64,uint16,uint256,uint256,uint16,address,address,uint256,bytes32,bytes32,bytes32,uint8,uint64,uint64,bytes32,uint256,uint256,uint256,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,bool) v)
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
// Solidity: function layoutOf(uint256 jobId) view returns((uint64,uint64,uint64,bool,uint16,uint16,bytes32,bytes32,bytes32,bytes32,bytes32))
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
// Solidity: function layoutOf(uint256 jobId) view returns((uint64,uint64,uint64,bool,uint16,uint16,bytes32,bytes32,bytes32,bytes32,bytes32))
func (disputeGame *DisputeGame) TryPackLayoutOf(jobId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("layoutOf", jobId)
}

// UnpackLayoutOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f330905.
//
// Solidity: function layoutOf(uint256 jobId) view returns((uint64,uint64,uint64,bool,uint16,uint16,bytes32,bytes32,bytes32,bytes32,bytes32))
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

// PackRevealPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08518ab3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealPartial(uint256 id, uint32 value) returns()
func (disputeGame *DisputeGame) PackRevealPartial(id *big.Int, value uint32) []byte {
	enc, err := disputeGame.abi.Pack("revealPartial", id, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08518ab3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealPartial(uint256 id, uint32 value) returns()
func (disputeGame *DisputeGame) TryPackRevealPartial(id *big.Int, value uint32) ([]byte, error) {
	return disputeGame.abi.Pack("revealPartial", id, value)
}

// PackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e2f0023.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function split(uint256 id, uint256 offset, bytes chunk, bytes opDesc, bytes32[] opProof, bytes inDesc, bytes32[] inProof) returns()
func (disputeGame *DisputeGame) PackSplit(id *big.Int, offset *big.Int, chunk []byte, opDesc []byte, opProof [][32]byte, inDesc []byte, inProof [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("split", id, offset, chunk, opDesc, opProof, inDesc, inProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e2f0023.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function split(uint256 id, uint256 offset, bytes chunk, bytes opDesc, bytes32[] opProof, bytes inDesc, bytes32[] inProof) returns()
func (disputeGame *DisputeGame) TryPackSplit(id *big.Int, offset *big.Int, chunk []byte, opDesc []byte, opProof [][32]byte, inDesc []byte, inProof [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("split", id, offset, chunk, opDesc, opProof, inDesc, inProof)
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

// DisputeGameElementSplit represents a ElementSplit event raised by the DisputeGame contract.
type DisputeGameElementSplit struct {
	Id       *big.Int
	Offset   *big.Int
	Op       *big.Int
	Element  *big.Int
	Claimed  uint32
	Segments *big.Int
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGameElementSplitEventName = "ElementSplit"

// ContractEventName returns the user-defined event name.
func (DisputeGameElementSplit) ContractEventName() string {
	return DisputeGameElementSplitEventName
}

// UnpackElementSplitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ElementSplit(uint256 indexed id, uint256 offset, uint256 op, uint256 element, uint32 claimed, uint256 segments, uint64 deadline)
func (disputeGame *DisputeGame) UnpackElementSplitEvent(log *types.Log) (*DisputeGameElementSplit, error) {
	event := "ElementSplit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameElementSplit)
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

// DisputeGamePartialChecked represents a PartialChecked event raised by the DisputeGame contract.
type DisputeGamePartialChecked struct {
	Id          *big.Int
	Op          *big.Int
	Element     *big.Int
	Segment     *big.Int
	Start       uint32
	Claimed     uint32
	SolverRight bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGamePartialCheckedEventName = "PartialChecked"

// ContractEventName returns the user-defined event name.
func (DisputeGamePartialChecked) ContractEventName() string {
	return DisputeGamePartialCheckedEventName
}

// UnpackPartialCheckedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PartialChecked(uint256 indexed id, uint256 op, uint256 element, uint256 segment, uint32 start, uint32 claimed, bool solverRight)
func (disputeGame *DisputeGame) UnpackPartialCheckedEvent(log *types.Log) (*DisputeGamePartialChecked, error) {
	event := "PartialChecked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGamePartialChecked)
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

// DisputeGamePartialPicked represents a PartialPicked event raised by the DisputeGame contract.
type DisputeGamePartialPicked struct {
	Id       *big.Int
	Side     uint8
	SegLo    *big.Int
	SegHi    *big.Int
	SumLo    uint32
	SumHi    uint32
	Phase    uint8
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGamePartialPickedEventName = "PartialPicked"

// ContractEventName returns the user-defined event name.
func (DisputeGamePartialPicked) ContractEventName() string {
	return DisputeGamePartialPickedEventName
}

// UnpackPartialPickedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PartialPicked(uint256 indexed id, uint8 side, uint256 segLo, uint256 segHi, uint32 sumLo, uint32 sumHi, uint8 phase, uint64 deadline)
func (disputeGame *DisputeGame) UnpackPartialPickedEvent(log *types.Log) (*DisputeGamePartialPicked, error) {
	event := "PartialPicked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGamePartialPicked)
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

// DisputeGamePartialRevealed represents a PartialRevealed event raised by the DisputeGame contract.
type DisputeGamePartialRevealed struct {
	Id       *big.Int
	Boundary *big.Int
	Value    uint32
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGamePartialRevealedEventName = "PartialRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeGamePartialRevealed) ContractEventName() string {
	return DisputeGamePartialRevealedEventName
}

// UnpackPartialRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PartialRevealed(uint256 indexed id, uint256 boundary, uint32 value, uint64 deadline)
func (disputeGame *DisputeGame) UnpackPartialRevealedEvent(log *types.Log) (*DisputeGamePartialRevealed, error) {
	event := "PartialRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGamePartialRevealed)
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
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotLongReduction"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotLongReductionError(raw[4:])
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

// DisputeGameNotLongReduction represents a NotLongReduction error raised by the DisputeGame contract.
type DisputeGameNotLongReduction struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLongReduction()
func DisputeGameNotLongReductionErrorID() common.Hash {
	return common.HexToHash("0x319ea1b4d57c357a2a8e45aba5665a89ac4fd76c05780ce4cc4c7c6279f5ce9e")
}

// UnpackNotLongReductionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLongReduction()
func (disputeGame *DisputeGame) UnpackNotLongReductionError(raw []byte) (*DisputeGameNotLongReduction, error) {
	out := new(DisputeGameNotLongReduction)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotLongReduction", raw); err != nil {
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
