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

// JobMarketBid is an auto generated low-level Go binding around an user-defined struct.
type JobMarketBid struct {
	Bidder common.Address
	Price  *big.Int
}

// JobMarketJob is an auto generated low-level Go binding around an user-defined struct.
type JobMarketJob struct {
	Submitter       common.Address
	BiddingEnds     uint64
	Shards          uint16
	State           uint8
	TrainingPeriod  uint64
	ChallengeWindow uint64
	Settled         uint16
	NextReserve     uint16
	ClearingPrice   *big.Int
	MaxPrice        *big.Int
	VerifierFee     *big.Int
	Rounds          uint16
	Round           uint16
	RoundsEnded     bool
	StakePerShard   *big.Int
	Escrow          *big.Int
	SpecHash        [32]byte
	GraphRoot       [32]byte
	DataRoot        [32]byte
}

// JobMarketJobParams is an auto generated low-level Go binding around an user-defined struct.
type JobMarketJobParams struct {
	SpecHash        [32]byte
	GraphRoot       [32]byte
	DataRoot        [32]byte
	Shards          uint16
	BiddingPeriod   uint64
	TrainingPeriod  uint64
	ChallengeWindow uint64
	Budget          *big.Int
	StakePerShard   *big.Int
	VerifierFee     *big.Int
	Rounds          uint16
}

// JobMarketShard is an auto generated low-level Go binding around an user-defined struct.
type JobMarketShard struct {
	Solver          common.Address
	Deadline        uint64
	State           uint8
	Disputes        uint8
	Attempt         uint16
	Verifier        common.Address
	Price           *big.Int
	DisputeSince    uint64
	Round           uint16
	DisputeActivity uint64
	TraceRoot       [32]byte
	StateRoot       [32]byte
}

// JobMarketMetaData contains all meta data concerning the JobMarket contract.
var JobMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"disputeManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"roundManager_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"disputeTimeout_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShardCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"maxPrice\",\"type\":\"uint96\"}],\"name\":\"BidAboveMaxPrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BidConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"highestPrice\",\"type\":\"uint96\"}],\"name\":\"BidListFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BiddingClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BudgetTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"challengeEnd\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOpenDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDisputeManager\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToPoke\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyDisputes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"current\",\"type\":\"uint16\"}],\"name\":\"WrongAttempt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumJobMarket.JobState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongJobState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"current\",\"type\":\"uint16\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumJobMarket.ShardState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongShardState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"clearingPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"}],\"name\":\"AuctionFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"BidEvicted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"BidPlaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"BidWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"DeadlineMissed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"solverLost\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"openDisputes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"challengeEnd\",\"type\":\"uint64\"}],\"name\":\"DisputeClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"DisputeExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"openDisputes\",\"type\":\"uint256\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumJobMarket.CloseReason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"graphRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shards\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxPricePerShard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"verifierFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakePerShard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"biddingEnds\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"trainingPeriod\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rounds\",\"type\":\"uint256\"}],\"name\":\"JobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"RoundAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"challengeEnd\",\"type\":\"uint64\"}],\"name\":\"RoundCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"RoundOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ShardAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"challengeEnd\",\"type\":\"uint64\"}],\"name\":\"ShardCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"verifierFee\",\"type\":\"uint256\"}],\"name\":\"ShardFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"}],\"name\":\"ShardRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"SolverSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DISPUTE_REWARD_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PERIOD\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RESERVE_BIDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ROUNDS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SHARDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MISSED_DEADLINE_SLASH_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"}],\"name\":\"bid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"bidOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"attempt\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"solverLost\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"closeDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"}],\"name\":\"expireDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"finalizeAuction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"}],\"name\":\"finalizeShard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getBids\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"}],\"internalType\":\"structJobMarket.Bid[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"biddingEnds\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"shards\",\"type\":\"uint16\"},{\"internalType\":\"enumJobMarket.JobState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"trainingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"settled\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"nextReserve\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"clearingPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"maxPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierFee\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"rounds\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"roundsEnded\",\"type\":\"bool\"},{\"internalType\":\"uint128\",\"name\":\"stakePerShard\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"escrow\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"graphRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structJobMarket.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"}],\"name\":\"getShard\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"enumJobMarket.ShardState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"disputes\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"attempt\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"disputeSince\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"disputeActivity\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structJobMarket.Shard\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"attempt\",\"type\":\"uint16\"}],\"name\":\"openDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"poke\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"actions\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"graphRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"shards\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"biddingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"trainingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakePerShard\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierFee\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"rounds\",\"type\":\"uint16\"}],\"internalType\":\"structJobMarket.JobParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"postJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"attempt\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"recordVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"}],\"name\":\"reportMissedDeadline\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"roundManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"roundRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shard\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"}],\"name\":\"roundTrace\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalUnclaimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"withdrawBid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "JobMarket",
	Bin: "0x610120346101c657601f61409f38819003918201601f19168301916001600160401b038311848410176101ca5780849260a0946040528339810103126101c6578051906001600160a01b0382168083036101c65760208201516001600160a01b038116938482036101c657610076604085016101de565b926080610085606087016101de565b950151956001600160401b038716918288036101c657159081156101bd575b506101ae5780159081156101a0575b506101915760805260a05260c05260e05261010052604051613eac90816101f382396080518181816101ba01528181610d09015281816122c20152613c53015260a051818181610dd30152818161176301528181611df50152818161288401528181612a0b01528181612e1701528181612ff8015281816135ab015281816137630152613892015260c0518181816102020152818161041d015281816114d40152611612015260e0518181816105a701528181610f230152818161159a0152611a0d015261010051818181610633015281816110f5015261124b0152f35b633dee3b7160e11b5f5260045ffd5b6301e133809150115f6100b3565b63d92e233d60e01b5f5260045ffd5b9050155f6100a4565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036101c65756fe60806040526004361015610011575f80fd5b5f5f3560e01c8062c0975414611f9e5780630eaaf4c814611ceb578063131d9a2714611c2a578063133545fd14611a40578063142d1ce1146115cd578063170648341461149a578063187fcf7b146114655780631c7072a4146113ec5780631dffa3dc146112f557806328e05bf1146112a057806330355813146111d657806332145f9014610f525780633945dbde14610f0d5780633beb5f8c14610e3c57806341d3558214610e1f5780634c5d8a0f14610e025780634cf088d914610dbd5780634e71d92d14610c925780635b3ce43e14610c75578063727d6bd0146109d3578063783ae633146109b7578063a3d8984414610999578063bf22c45714610657578063c04c22a414610613578063c810b7fe146105f4578063c96f14b8146105d6578063d2b8ae4c146103fa578063d6c579d9146103c1578063de374e01146103a5578063df18e04714610364578063e78abcd31461032f578063e7fa9f7d14610305578063e80838631461024e578063e998436314610231578063f544c3a6146101ec5763fc0c546a146101a5575f80fd5b346101e957806003193601126101e9576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346101e957806003193601126101e9576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346101e957806003193601126101e95760206040516109c48152f35b50346101e95760203660031901126101e9576004359061026c612b71565b818152600460205260408120805460ff8160f01c1660048110156102f157600181036102d957506001600160401b039060a01c16928342106102c557906102b2916130a8565b805f516020613e575f395f51905f525d80f35b630a8d68c960e21b83526004849052602483fd5b836102ef6024926301dd225360e31b83526124be565bfd5b634e487b7160e01b84526021600452602484fd5b50346101e957806003193601126101e95760206103276001546002549061256c565b604051908152f35b50346101e9576040602091610343366124a4565b91835260088552838320908352845282822090825283522054604051908152f35b50346101e95760203660031901126101e9576004356001600160a01b038116908190036103a1578160409160209352600383522054604051908152f35b5080fd5b50346101e957806003193601126101e957602060405160108152f35b50346101e95760403660031901126101e9576024356001600160601b03811681036103a1576102b2906103f2612b71565b60043561273d565b50346101e95760603660031901126101e95760243560043561041a612493565b337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161415806105a3575b61059457610459612b71565b610464818484612c08565b80549060ff8260e81c169182159081809261057e575b610560575060ff83146105515761050b6040936105067f04b65610ab1896eb34cd0bb4c3abc823855d00b4ad81929de33cbd7446584061969460ff9461052e575b60028101805467ffffffffffffffff60501b19164260501b67ffffffffffffffff60501b161790556104ec8361272b565b815460ff60e81b191660e89190911b60ff60e81b16179055565b61272b565b61ffff845193168352166020820152a3805f516020613e575f395f51905f525d80f35b60028101805467ffffffffffffffff1916426001600160401b03161790556104bb565b6347edadb360e01b8752600487fd5b630e10189960e31b885260a01c6001600160401b0316600452602487fd5b506001600160401b038160a01c1642101561047a565b630e2a1e3760e31b8452600484fd5b50337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316141561044d565b50346101e957806003193601126101e9576020600254604051908152f35b50346101e957806003193601126101e95760206040516301e133808152f35b50346101e957806003193601126101e95760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346101e95760203660031901126101e95780610240604051610679816125d2565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e0820152826102008201528261022082015201526004358152600460205260408120906040519161070a836125d2565b80546001600160a01b038116845260a081901c6001600160401b0316602085015260e081901c61ffff16604085015260f01c60ff1660048110156109855790600691606085015260018101546001600160401b03811660808601526001600160401b038160401c1660a086015261ffff8160801c1660c086015261ffff8160901c1660e086015260a01c61010085015260ff60028201546001600160601b0381166101208701526001600160601b038160601c1661014087015261ffff8160c01c1661016087015261ffff8160d01c1661018087015260e01c1615156101a085015260038101546001600160801b0381166101c086015260801c6101e08501526004810154610200850152600581015461022085015201546102408301526040519060018060a01b0383511682526001600160401b03602084015116602083015261ffff604084015116604083015260608301519060048210156109715750610260926102409160608401526001600160401b0360808201511660808401526001600160401b0360a08201511660a084015261ffff60c08201511660c084015261ffff60e08201511660e08401526001600160601b03610100820151166101008401526001600160601b03610120820151166101208401526001600160601b036101408201511661014084015261ffff6101608201511661016084015261ffff610180820151166101808401526101a081015115156101a08401526001600160801b036101c0820151166101c08401526001600160801b036101e0820151166101e08401526102008101516102008401526102208101516102208401520151610240820152f35b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b83526021600452602483fd5b50346101e957806003193601126101e9576020600154604051908152f35b50346101e957806003193601126101e957602060405160408152f35b50346101e95760803660031901126101e9576064356024356004356044356109f9612b71565b8185526007602052604085208386526020526040852093845460ff8160e01c166005811015610c615760018103610c4b57506001600160a01b0381163303610c3c576001600160401b039060a01c1680421015610c2a575081158015610c22575b610c13578286526004602052604086209161ffff600287015460401c1695600284019361ffff855460d01c16808903610c0157506001600160401b036001610ab192015460401c166001600160401b03421661253e565b815468ffffffffffffffffff60a01b191660a082901b67ffffffffffffffff60a01b1617600160e11b1782559382600383015583600483015561ffff80610af78a612717565b925460c01c1691161015610bae57906001600160401b03939291858952600860205260408920878a5260205260408920888a526020528260408a2055858952600960205260408920878a5260205260408920888a526020528160408a20555460f01c966040519788526020880152604087015260608601521660808401527f11c9f62c2fa1b014855ba449c8121166dec3659bb22ae8d3026e2cf30157756f60a03394a4805f516020613e575f395f51905f525d80f35b6001600160401b0393929196505460f01c95604051968752602087015260408601521660608401527f88896735a304aa3e3b392399544abee77def422676d193aefd5f9a156a080d4960803394a46102b2565b6307c85b1560e31b8a52600452602489fd5b63b263ae7360e01b8652600486fd5b508015610a5a565b636768091360e01b8752600452602486fd5b63c139eabd60e01b8752600487fd5b876102ef6024926326fe4c4b60e21b8352612485565b634e487b7160e01b88526021600452602488fd5b50346101e957806003193601126101e95760206040516113888152f35b50346101e957806003193601126101e957610cab612b71565b338152600360205260408120548015610dae573382526003602052816040812055610cd881600254612531565b6002556040518181527fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a60203392a27f0000000000000000000000000000000000000000000000000000000000000000906040519063a9059cbb60e01b84523360045260245260208360448180865af1906001845114821615610d8d575b60405215610d725750805f516020613e575f395f51905f525d80f35b635274afe760e01b82526001600160a01b0316600452602490fd5b906001811516610da557823b15153d15161690610d56565b503d83823e3d90fd5b6312d37ee560e31b8252600482fd5b50346101e957806003193601126101e9576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346101e957806003193601126101e95760209054604051908152f35b50346101e957806003193601126101e95760206040516110008152f35b50346101e957610e4b3661246f565b610e56929192612b71565b8282526007602052604082208183526020526040822090815460ff8160e01c166005811015610ef95760028103610ee3575060ff8160e81c16610ed4576001600160401b039060a01c1693844210610ec057839450806102b294526004602052604085209061343d565b630a8d68c960e21b84526004859052602484fd5b63f321c1a360e01b8452600484fd5b846102ef6024926326fe4c4b60e21b8352612485565b634e487b7160e01b85526021600452602485fd5b50346101e957806003193601126101e9576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346101e95760203660031901126101e957600435610f6f612b71565b8190808352600460205260408320805460ff8160f01c1660048110156111975760011490816111bf575b506111ab575b805460ff8160f01c16600481101561119757600214610feb575b5050508015610fdc576020915f516020613e575f395f51905f525d604051908152f35b63637675ff60e01b8252600482fd5b60e01c61ffff16929091845b84811080611169575b1561115c5781865260076020526040862081875260205260408620805460ff8160e01c166005811015611148576001810361107c5750506001600160401b03815460a01c1642101561105c575b506110579061255e565b610ff7565b819361107061107592611057948887612d91565b61255e565b929061104d565b60021461108f575b50506110579061255e565b60e81c60ff166110d7576001600160401b03815460a01c164210156110bc575b50611057905b905f611084565b81936110706110d09261105794888761343d565b92906110af565b61111b6001600160401b03600283015460501c166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169061256c565b42101561112d575b50611057906110b5565b819361107061114192611057948887612f9f565b9290611123565b634e487b7160e01b89526021600452602489fd5b50509150505f8080610fb9565b5060ff845460f01c16600481101561118357600214611000565b634e487b7160e01b87526021600452602487fd5b634e487b7160e01b86526021600452602486fd5b91506111b782826130a8565b600191610f9f565b6001600160401b03915060a01c164210155f610f99565b50346101e9576111e53661246f565b6111f0929192612b71565b8282526007602052604082208183526020526040822090815460ff8160e01c166005811015610ef95760028103610ee3575060e81c60ff1615611291576112716001600160401b03600284015460501c166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169061256c565b93844210610ec057839450806102b2945260046020526040852090612f9f565b63b2c106c160e01b8352600483fd5b50346101e95760403660031901126101e957602435906001600160a01b03821682036101e95760606001600160601b036112dc846004356126b9565b9060409392935193151584526020840152166040820152f35b50346101e95760203660031901126101e95760043590611313612b71565b81815260046020526040812080549092906001600160a01b03811633036113dd5760f01c60ff1692600484101561098557600184036113c757906102b291600360f01b60ff60f01b198254161781556003810191825460801c926001600160801b03815416905561138683600154612531565b6001557fbe0973aa019d56243405d11038cf4d4df5326e08dda537abc8a07a8b018fbafc60408051878152856020820152a2546001600160a01b0316613c25565b6301dd225360e31b83526024836102ef866124be565b6331511a2160e21b8352600483fd5b50346101e9576113fb3661246f565b611406929192612b71565b8282526007602052604082208183526020526040822090815460ff8160e01c166005811015610ef95760018103610ee357506001600160401b039060a01c1693844210610ec057839450806102b2945260046020526040852090612d91565b50346101e9576040602091611479366124a4565b91835260098552838320908352845282822090825283522054604051908152f35b50346101e95760803660031901126101e9576004356024356114ba612493565b6064356001600160a01b0381169391908490036115c957337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316141580611596575b61158757611510612b71565b83156115785760208160016115477fd18f585ac8138d8bcf45575c28ee09a9fe7c3f0b03200f715de92b28bd79081d948787612c08565b01866001600160601b0360a01b82541617905561ffff60405191168152a4805f516020613e575f395f51905f525d80f35b63d92e233d60e01b8552600485fd5b630e2a1e3760e31b8552600485fd5b50337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161415611504565b8480fd5b50346101e95760a03660031901126101e9576004356024356115ed612493565b6064359081151582036115c9576084356001600160a01b03811691828203611a3c57337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316141580611a09575b6119fa5761164e612b71565b611659818688612c08565b60ff815460e81c1680156119eb57908894939291888652600460205260408620965f1461186a575060ff60e81b1981541681555486887f4fc94cfac3e883ca608542c1587ab46f638afe33c5f8632bc62b3c0e8b88b42360a060405161ffff87168152600160208201528860408201528960608201526001600160401b0386831c166080820152a360018060a01b031686886001600160801b036003890154169386155f146117ff57907f1dc8fd958282d06a7708693ede68af65889c8fcce1bbc876cda734a95dbf9c538585949361175e8b809a5b604051948594859094939260609261ffff6080840197168352602083015260018060a01b031660408201520152565b0390a47f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690813b156117fb578560849281956040519788968795634be9fd9f60e01b875260048701526024860152604485015260648401525af180156117f0576117d7575b50506102b292612c71565b816117e191612609565b6117ec57835f6117cc565b8380fd5b6040513d84823e3d90fd5b8580fd5b929394959650505061138883028381046113881484151715611856579187897f1dc8fd958282d06a7708693ede68af65889c8fcce1bbc876cda734a95dbf9c5386849561175e8f9b9a99986127109004809a61172f565b634e487b7160e01b8a52601160045260248afd5b969796919550929350905061189b611881826126a7565b835460ff60e81b191660e89190911b60ff60e81b16178355565b60028201805467ffffffffffffffff60501b191642605081901b67ffffffffffffffff60501b169190911782556001600160401b03169060018314611942575b50509160ff7f4fc94cfac3e883ca608542c1587ab46f638afe33c5f8632bc62b3c0e8b88b42394926001600160401b0361191660a0966126a7565b9154861c169261ffff6040519516855289602086015260408501521660608301526080820152a36102b2565b6001600160401b0390541690036001600160401b0381116119d757826001600160401b0361191660a096946119cb6119a360ff96857f4fc94cfac3e883ca608542c1587ab46f638afe33c5f8632bc62b3c0e8b88b4239c9a548c1c1661253e565b855467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178555565b949650505092946118db565b634e487b7160e01b88526011600452602488fd5b63b2c106c160e01b8952600489fd5b630e2a1e3760e31b8752600487fd5b50337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161415611642565b8680fd5b50346101e957611a4f3661246f565b9082610160604051611a60816125a2565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201528261012082015282610140820152015282526007602052604082209082526020526040812060405190611ac6826125a2565b80549260018060a01b038416835260208301916001600160401b038560a01c16835260ff8560e01c16604085019060058110156102f157908593929181526060840160ff8860e81c168152608085019760f01c885260018301549760a086019160018060a01b038a16835260c087019960a01c8a5260028501549560e08801946001600160401b03881686526001600160401b0360046101008b019861ffff8b60401c168a52826101208d019b60501c168b5261014060038201549c019b8c5201549a6101608d019b8c526040519c60018060a01b039051168d52511660208c015251906005821015610971575060408a01525160ff1660608901525161ffff908116608089015290516001600160a01b031660a088015296516001600160601b031660c0870152516001600160401b0390811660e08701529051909516610100850152519093166101208301529151610140820152905161016082015261018090f35b50346101e95760203660031901126101e95760043581526005602052604081208054611c5581612680565b9060208201809385526020852085915b838310611cce57868587604051928392602084019060208552518091526040840192915b818110611c97575050500390f35b825180516001600160a01b031685526020908101516001600160601b03168186015286955060409094019390920191600101611c89565b600160208192611cdd8561262a565b815201920192019190611c65565b5034611e96576020366003190112611e9657600435611d08612b71565b5f81815260046020908152604080832060068352818420338552909252909120548015611f8f57825f52600560205260405f20905f198101818111611f185760ff845460f01c166004811015611f7b57600103611f3b576001600160401b03845460a01c16421015611f2c5782545f198101908111611f1857808203611ec1575b50505080548015611ead575f190190611da28282612579565b611e9a575f9055555b5f828152600660209081526040808320338085529252808320839055519390917f5e9c7ae3229b2cda5065d7058fcc05765c695c29ce05313fbe96cb2ca639231a9080a3600301547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906001600160801b0316813b15611e9657637eee288d60e01b83523360048401526001600160801b031660248301525f908290604490829084905af18015611e8b57611e78575b50805f516020613e575f395f51905f525d80f35b611e8491505f90612609565b5f5f611e64565b6040513d5f823e3d90fd5b5f80fd5b634e487b7160e01b5f525f60045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b611ee491611edb611ed5611eea9387612579565b5061262a565b92839186612579565b9061264f565b5f85815260066020908152604080832093516001600160a01b03168352929052908120919091558080611d89565b634e487b7160e01b5f52601160045260245ffd5b638083ad0360e01b5f5260045ffd5b905061ffff600184015460901c168110611f6c57611f5891612579565b5080546001600160a01b0319169055611dab565b630b47db3d60e41b5f5260045ffd5b634e487b7160e01b5f52602160045260245ffd5b6313650ef160e11b5f5260045ffd5b34611e9657610160366003190112611e9657611fb8612b71565b61ffff611fc36124cc565b1615801561245a575b61244b576001600160401b03611fe06124ef565b1615801561242e575b8015612416575b80156123f9575b80156123e1575b80156123c4575b6123b55761ffff6120146124dd565b166123a85760015b61ffff811661100081116123995760e4359061ffff6120396124cc565b168015612385578204906101243591828110612376578261205991612531565b61206290612ba6565b9361206b6124ef565b61207e906001600160401b03421661253e565b945f5461208a9061255e565b5f818155818152600460205260409020805467ffffffffffffffff60a01b1933166001600160e01b03199091161760a089901b67ffffffffffffffff60a01b16178155909690916120d96124cc565b835462ffffff60e01b191660e09190911b61ffff60e01b1617600160f01b178355612102612505565b60018401906001600160401b03166001600160401b031982541617815561212761251b565b81549060401b67ffffffffffffffff60401b169067ffffffffffffffff60401b191617905560028301906001600160601b031693815490856001600160601b0360601b6121738a612ba6565b60601b169161ffff60c01b9060c01b169265ffffffffffff60d01b161717179055610104356121a181612bd7565b60038401906001600160801b03166001600160801b03198254161781556121c788612bd7565b81546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff1916179055600435958660048501556024359485600586015560443560068196015588600154906122199161256c565b6001556122246124cc565b61222c612505565b9561223561251b565b976040519a8b5260208b015260408a015261ffff16606089015288608089015260a088015260c087015260e08601526001600160401b03166101008501526001600160401b03166101208401526001600160401b03166101408301526101608201528233916101807fd055e00b405dbfe78dbd54b2568408559f216d6b2dc6d71cb0924a7922172dc391a37f000000000000000000000000000000000000000000000000000000000000000091604051916323b872dd60e01b5f523360045230602452604452825a60645f806020948194f15f51600114811615612357575b826040525f6060521561233957602092505f5f516020613e575f395f51905f525d8152f35b635274afe760e01b5f9081526001600160a01b038416600452602490fd5b600181151661236d57833b15153d151616612314565b823d5f823e3d90fd5b637f92965160e01b5f5260045ffd5b634e487b7160e01b5f52601260045260245ffd5b630421907b60e31b5f5260045ffd5b6123b06124dd565b61201c565b633dee3b7160e11b5f5260045ffd5b506301e133806001600160401b036123da61251b565b1611612005565b506001600160401b036123f261251b565b1615611ffe565b506301e133806001600160401b0361240f612505565b1611611ff7565b506001600160401b03612427612505565b1615611ff0565b506301e133806001600160401b036124446124ef565b1611611fe9565b632462060d60e01b5f5260045ffd5b50604061ffff6124686124cc565b1611611fcc565b6040906003190112611e96576004359060243590565b6005811015611f7b57600452565b6044359061ffff82168203611e9657565b6060906003190112611e9657600435906024359060443590565b6004811015611f7b57600452565b60643561ffff81168103611e965790565b6101443561ffff81168103611e965790565b6084356001600160401b0381168103611e965790565b60a4356001600160401b0381168103611e965790565b60c4356001600160401b0381168103611e965790565b91908203918211611f1857565b906001600160401b03809116911601906001600160401b038211611f1857565b5f198114611f185760010190565b91908201809211611f1857565b805482101561258e575f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b61018081019081106001600160401b038211176125be57604052565b634e487b7160e01b5f52604160045260245ffd5b61026081019081106001600160401b038211176125be57604052565b604081019081106001600160401b038211176125be57604052565b90601f801991011681019081106001600160401b038211176125be57604052565b90604051612637816125ee565b91546001600160a01b038116835260a01c6020830152565b90611e9a5781516020929092015160a01b6001600160a01b0319166001600160a01b0392909216919091179055565b565b906001600160401b0382116125be57604051916126a360208260051b0184612609565b8252565b60ff5f199116019060ff8211611f1857565b9190825f52600660205260405f209060018060a01b03165f5260205260405f205491821561270d575f198301928311611f18575f5260056020526127008260405f20612579565b505460a01c906001929190565b505f915081908190565b61ffff60019116019061ffff8211611f1857565b60ff60019116019060ff8211611f1857565b905f91805f52600460205260405f2090815460ff8160f01c166004811015611f7b5760018103612b59575060a01c6001600160401b0316421015611f2c576001600160601b03600283015416916001600160601b03841692808411612b4757505f8281526005602090815260408083206006835281842033855290925290912054909481612ad65750506001600160801b036003820154169361ffff8154925460e01c1660108101809111611f18578210156129295760405190612800826125ee565b338252846020830152805490680100000000000000008210156129155781611ee49160016128319594018155612579565b6001810180911161290157818552600660209081526040808720335f90815292529020555b6040519182527f0e54eff26401bf69b81b26f60bd85ef47f5d85275c1d268d84f68d6897431c4760203393a37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690813b156128fd5760405163282d3fdf60e01b815233600482015260248101919091529082908290604490829084905af180156117f0576128eb575050565b6128f6828092612609565b6101e95750565b8280fd5b634e487b7160e01b85526011600452602485fd5b634e487b7160e01b88526041600452602488fd5b905f9082541561258e57825f5260205f205460a01c9060015b818110612a9f5750506001600160601b031680851015612a8d57506129b561296a8284612579565b5060018060a01b0390541692845f52600660205260405f2060018060a01b0385165f526020525f6040812055611ee483604051926129a7846125ee565b338452886020850152612579565b60018101809111611f1857825f52600660205260405f2060018060a01b0333165f5260205260405f20556040519080837faefceb76a3a3343ade7f5f7d6fc2fc6a352f4ce036447d330ba4991688fc66d95f80a37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690813b15611e9657637eee288d60e01b83526001600160a01b03166004830152602482018590525f908290604490829084905af18015611e8b57612a78575b50612856565b612a859194505f90612609565b5f925f612a72565b6304d6d3a760e51b5f5260045260245ffd5b612aa98186612579565b505460a01c6001600160601b038416811015612ac9575b50600101612942565b9093509150826001612ac0565b929491509294505f198301928311611f1857612b1992612af591612579565b5080546001600160a01b031660a09290921b6001600160a01b031916919091179055565b6040519182527f0e54eff26401bf69b81b26f60bd85ef47f5d85275c1d268d84f68d6897431c4760203393a3565b6350630a0160e11b5f5260045260245ffd5b6301dd225360e31b5f52612b6c906124be565b60245ffd5b5f516020613e575f395f51905f525c612b975760015f516020613e575f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160601b038111612bc0576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b6001600160801b038111612bf1576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b9291925f52600760205260405f20905f5260205260405f2091825460ff8160e01c166005811015611f7b5760028103612c5e575060f01c9061ffff168103612c4d5750565b6262cf9960e01b5f5260045260245ffd5b6326fe4c4b60e21b5f52612b6c90612485565b909160ff600284015460e01c16612d7157815f52600560205260405f20928354600182019461ffff865460901c165b828110612ce4575050845461ffff60901b191660909190911b61ffff60901b161790935561267e92825f52600760205260405f20825f5260205260405f20926137ea565b612cf1611ed58284612579565b80516001600160a01b0316612d095750600101612ca0565b9493925095905060018601809611611f1857805461ffff60901b191660909690961b61ffff60901b1695909517855561267e945460a01c6001600160601b03602060018060a01b0386511695015116908082115f14612d69575093613af5565b905093613af5565b61267e92825f52600760205260405f20825f5260205260405f20926137ea565b925460038201545f9594916001600160a01b038116916001600160801b0316906109c4808302908382041483151715611f185786857f2d83346487458b9dae6a1b8bb490d98f7857f1e261adabadf687604f4ad43e2d6127108794048095612e1260405192839260f01c836020909392919361ffff60408201951681520152565b0390a47f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b15611e9657604051634be9fd9f60e01b81526001600160a01b0385166004820152602481018390525f60448201819052606482018190528160848183885af18015611e8b57612f09575b50889291612e9991612531565b90803b156128fd57604051637eee288d60e01b81526001600160a01b0394909416600485015260248401919091528290604490829084905af18015612efe57612ee9575b5061267e939450612c71565b612ef4868092612609565b6115c95784612edd565b6040513d88823e3d90fd5b612f1891939299505f90612609565b5f979091612e99612e8c565b61267e91600360f01b60ff60f01b198254161781556003810191825460801c926001600160801b038154169055612f5d83600154612531565b6001557fbe0973aa019d56243405d11038cf4d4df5326e08dda537abc8a07a8b018fbafc6040805160028152856020820152a2546001600160a01b0316613c25565b835460ff60e81b198116855560405160f082901c81526001600160a01b0390911694939291908590849083907f331d0bcb5e7c0833c8f89c557970bbd5773da8e727bc47a2df901d75c3c56d4590602090a460038201547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031695906001600160801b0316863b15611e9657604051637eee288d60e01b81526001600160a01b0390921660048301526001600160801b03166024820152945f908690818381604481015b03925af1948515611e8b5761267e95613084575b506137ea565b5f61308e91612609565b5f61307e565b805182101561258e5760209160051b010190565b805f52600560205260405f2091825480156133c05783546130c881612680565b9060208201865f5260205f205f915b8383106133a3575050505060015b8281106132de5750825460e01c61ffff1694858310156132d757825b8681119182156132c3576001600160601b03602061311f8a87613094565b51015116925b61321f575b5050835460ff60f01b1916600160f11b17845560018401805460a083901b6001600160a01b03191671ffffffffffffffffffffffffffffffffffff90911617609085901b61ffff60901b16179055847fd11fb103f8d5c913b9e132f165c0cfa304fc230f10796a7a5d63bc3d8de4d3c3604080516001600160601b0385168152866020820152a25f5b8381106131f5575050505b8381106131cb5750505050565b600190835f52600760205260405f20815f526020526131ef60405f208285876137ea565b016131be565b600190613219836001600160a01b0361320e8488613094565b51511683898b613af5565b016131b3565b5f5b82811061322e575061312a565b6132388183612579565b50546001600160a01b03908116906132508388613094565b51511603613261575b600101613221565b61327961326e8287613094565b51611ee48385612579565b6001810190818111611f18575f898152600660205260409020600192906001600160a01b036132a8848a613094565b515116848060a01b03165f5260205260405f20559050613259565b6001600160601b0360028701541692613125565b8592613101565b959093946132ec8786613094565b5195875b801580158061336b575b15613345575f19820191808311611f185761332b90613319848b613094565b51613324828c613094565b5289613094565b50156132f057634e487b7160e01b5f52601160045260245ffd5b506133649060019398999297949961335d8287613094565b5284613094565b50016130e5565b505f198201828111611f1857602061338b6001600160601b03928b613094565b510151166001600160601b0360208b015116106132fa565b6001602081926133b28561262a565b8152019201920191906130d7565b5061267e9250600360f01b60ff60f01b198254161781556003810191825460801c926001600160801b0381541690556133fb83600154612531565b6001557fbe0973aa019d56243405d11038cf4d4df5326e08dda537abc8a07a8b018fbafc6040805160018152856020820152a2546001600160a01b0316613c25565b9193926002810180549061ffff5f9260401c1661345981612717565b91600286019283549061ffff808360c01c1691161061369b575050835460ff60e01b198116600360e01b17855560018501546001600160a01b038181169560a09290921c9492169250908461368757506001600160601b03815b16946001600160801b036134c7878661256c565b16906003880191825460801c036001600160801b038111613673579a897f801a1f358625cbcfb360c42993a5f1e6357f0642d5e441d67eb35a3de700e3528787948c9d9e9f61355b600161ffff9f8f61354561354c9161353f613577978f906001600160801b0382549181199060801b169116179055565b8861256c565b8354612531565b8255019e8f5460801c16612717565b8e5461ffff60801b1916608082901b61ffff60801b1617909e55565b546040805160f09290921c825260208201929092526001600160a01b038b1691810191909152606081018b9052608090a4547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906001600160801b0316813b156128fd57604051637eee288d60e01b81526001600160a01b03851660048201526001600160801b039190911660248201529082908290604490829084905af180156117f05761365e575b505061364093929161363b91613c25565b613c25565b61ffff80835460e01c16911614613655575050565b61267e91612f24565b613669828092612609565b6101e9578061362a565b634e487b7160e01b84526011600452602484fd5b6001600160601b0380915460601c166134b3565b90925060ff91935060e098959697981c1661375057825460ff60e01b1916600160e01b17835561267e95939284927fd59b60fa57caebdda01df44f74a1d7fd0ffcda0236e00740c4cea94cd99b79cb9260409291906136f982612717565b815469ffff0000000000000000191690851b69ffff000000000000000016179055815467ffffffffffffffff60a01b191667ffffffffffffffff60a01b1791829055825160f09290921c82526020820152a3613cfe565b5050805460038401546001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116969395939216906001600160801b0316863b15611e9657604051637eee288d60e01b81526001600160a01b0390921660048301526001600160801b03166024820152945f9086908183816044810161306a565b61ffff1661ffff8114611f185760010190565b929091600160e21b60ff60e01b198354161782556001830190847f9e0855a8b65516cf8531a4d002fba28beca3e1fbe7e58d99dc74a083c754294c602061383861ffff865460801c16612717565b955460f01c604051908152a381600284018054600161ffff8260c01c161161387c575b5050815461ffff60801b191660809190911b61ffff60801b16179055613640565b60ff60e01b1916600160e01b1790555082545f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169060e01c61ffff16600386015b8184106138d7575084925061385b565b90919294875f52600760205260405f20865f5260205260405f209060ff825460e01c166005811015611f7b57600103613aeb57815460ff60e01b1916600160e21b178255613924906137d7565b958154918960018060a01b038416916001600160801b03865416946001600160401b038160a01c164210156139e6575b50907f9e0855a8b65516cf8531a4d002fba28beca3e1fbe7e58d99dc74a083c754294c602085935460f01c604051908152a3853b15611e9657604051637eee288d60e01b81526001600160a01b0391909116600482015260248101929092525f8260448183895af1918215611e8b576001926139d6575b505b019291906138c7565b5f6139e091612609565b5f6139cb565b909491506109c482028281046109c41483151715611f1857848d7f2d83346487458b9dae6a1b8bb490d98f7857f1e261adabadf687604f4ad43e2d6127108794048095613a4c60405192839260f01c836020909392919361ffff60408201951681520152565b0390a4873b15611e9657604051634be9fd9f60e01b81526001600160a01b0384166004820152602481018290525f604482018190526064820181905290929083608481838d5af1928315611e8b57613ad18e937f9e0855a8b65516cf8531a4d002fba28beca3e1fbe7e58d99dc74a083c754294c936020938997613adb575b50612531565b9692935050613954565b5f613ae591612609565b5f613acb565b95600191506139cd565b91926060906001600160401b037fb112ea0ee57bf0d7926f98278946dc114f7866866bb16822186027f676b377429396855f52600760205260405f20875f526020526001600160601b03613b5583600160405f209b01541684421661253e565b91613c03816001613b698d5460f01c612717565b8d5467ffffffffffffffff60a01b1960a088811b9290921684831b8590038c1617169088901b67ffffffffffffffff60a01b16178e559c805460f083811b84900360ff60e81b1960e086901b1661ffff60e01b199093169290921791909116908f901b6001600160f01b0319161781550180546001600160a01b0360a087811b929092161692901b6001600160a01b031916919091179055565b61ffff6040519a168a5216602089015216604087015260018060a01b031694a4565b908015613cfa5760405163a9059cbb60e01b5f9081526001600160a01b0390931660048190526024839052927f00000000000000000000000000000000000000000000000000000000000000009060209060448180855af19060015f5114821615613ced575b509060405215613c99575050565b60207f8af6e30690e4b192e05dc42baa9776cefda6c432838616c7f4f036bbab44917e91835f526003825260405f20613cd382825461256c565b9055613ce18160025461256c565b600255604051908152a2565b3b15153d1516165f613c8b565b5050565b9061ffff815460e01c16600282019182549261ffff8460d01c165f5b848110613df55750613d65926001600160401b0392613d3a6001936137d7565b61ffff60d01b1990971660d088901b61ffff60d01b16179055015416426001600160401b031661253e565b905f5b818110613db05750507f7b0610c7f5b8fcfd576ac6cab682692cc8faacaf3fb3e7747026c8580af17d04916001600160401b0360409261ffff845193168352166020820152a2565b5f8581526007602090815260408083208484529091529020805467ffffffffffffffff60a01b191660a085901b67ffffffffffffffff60a01b16179055600101613d68565b865f52600760205260405f20815f5260205260405f2060ff815460e01c166005811015611f7b576001148015918491613e40575b5050613e3757600101613d1a565b50505050505050565b6002015460401c61ffff1611159050825f613e2956fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a26469706673582212207cbcac18e6b60bc522c328d2c64d5ddf87d007b06352eb5d8a06fb1d6d5e8d6264736f6c63430008250033",
}

// JobMarket is an auto generated Go binding around an Ethereum contract.
type JobMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *JobMarket) GetABI() abi.ABI {
	return c.abi
}

// NewJobMarket creates a new instance of JobMarket.
func NewJobMarket() *JobMarket {
	parsed, err := JobMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &JobMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *JobMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address staking_, address disputeManager_, address roundManager_, uint64 disputeTimeout_) returns()
func (jobMarket *JobMarket) PackConstructor(token_ common.Address, staking_ common.Address, disputeManager_ common.Address, roundManager_ common.Address, disputeTimeout_ uint64) []byte {
	enc, err := jobMarket.abi.Pack("", token_, staking_, disputeManager_, roundManager_, disputeTimeout_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDISPUTEREWARDBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b3ce43e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DISPUTE_REWARD_BPS() view returns(uint256)
func (jobMarket *JobMarket) PackDISPUTEREWARDBPS() []byte {
	enc, err := jobMarket.abi.Pack("DISPUTE_REWARD_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDISPUTEREWARDBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b3ce43e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DISPUTE_REWARD_BPS() view returns(uint256)
func (jobMarket *JobMarket) TryPackDISPUTEREWARDBPS() ([]byte, error) {
	return jobMarket.abi.Pack("DISPUTE_REWARD_BPS")
}

// UnpackDISPUTEREWARDBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b3ce43e.
//
// Solidity: function DISPUTE_REWARD_BPS() view returns(uint256)
func (jobMarket *JobMarket) UnpackDISPUTEREWARDBPS(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("DISPUTE_REWARD_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc810b7fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PERIOD() view returns(uint64)
func (jobMarket *JobMarket) PackMAXPERIOD() []byte {
	enc, err := jobMarket.abi.Pack("MAX_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc810b7fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PERIOD() view returns(uint64)
func (jobMarket *JobMarket) TryPackMAXPERIOD() ([]byte, error) {
	return jobMarket.abi.Pack("MAX_PERIOD")
}

// UnpackMAXPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc810b7fe.
//
// Solidity: function MAX_PERIOD() view returns(uint64)
func (jobMarket *JobMarket) UnpackMAXPERIOD(data []byte) (uint64, error) {
	out, err := jobMarket.abi.Unpack("MAX_PERIOD", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXRESERVEBIDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde374e01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RESERVE_BIDS() view returns(uint256)
func (jobMarket *JobMarket) PackMAXRESERVEBIDS() []byte {
	enc, err := jobMarket.abi.Pack("MAX_RESERVE_BIDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRESERVEBIDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde374e01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RESERVE_BIDS() view returns(uint256)
func (jobMarket *JobMarket) TryPackMAXRESERVEBIDS() ([]byte, error) {
	return jobMarket.abi.Pack("MAX_RESERVE_BIDS")
}

// UnpackMAXRESERVEBIDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde374e01.
//
// Solidity: function MAX_RESERVE_BIDS() view returns(uint256)
func (jobMarket *JobMarket) UnpackMAXRESERVEBIDS(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("MAX_RESERVE_BIDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXROUNDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41d35582.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROUNDS() view returns(uint16)
func (jobMarket *JobMarket) PackMAXROUNDS() []byte {
	enc, err := jobMarket.abi.Pack("MAX_ROUNDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROUNDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41d35582.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROUNDS() view returns(uint16)
func (jobMarket *JobMarket) TryPackMAXROUNDS() ([]byte, error) {
	return jobMarket.abi.Pack("MAX_ROUNDS")
}

// UnpackMAXROUNDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41d35582.
//
// Solidity: function MAX_ROUNDS() view returns(uint16)
func (jobMarket *JobMarket) UnpackMAXROUNDS(data []byte) (uint16, error) {
	out, err := jobMarket.abi.Unpack("MAX_ROUNDS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXSHARDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x783ae633.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SHARDS() view returns(uint256)
func (jobMarket *JobMarket) PackMAXSHARDS() []byte {
	enc, err := jobMarket.abi.Pack("MAX_SHARDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSHARDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x783ae633.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SHARDS() view returns(uint256)
func (jobMarket *JobMarket) TryPackMAXSHARDS() ([]byte, error) {
	return jobMarket.abi.Pack("MAX_SHARDS")
}

// UnpackMAXSHARDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x783ae633.
//
// Solidity: function MAX_SHARDS() view returns(uint256)
func (jobMarket *JobMarket) UnpackMAXSHARDS(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("MAX_SHARDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMISSEDDEADLINESLASHBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9984363.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MISSED_DEADLINE_SLASH_BPS() view returns(uint256)
func (jobMarket *JobMarket) PackMISSEDDEADLINESLASHBPS() []byte {
	enc, err := jobMarket.abi.Pack("MISSED_DEADLINE_SLASH_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMISSEDDEADLINESLASHBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9984363.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MISSED_DEADLINE_SLASH_BPS() view returns(uint256)
func (jobMarket *JobMarket) TryPackMISSEDDEADLINESLASHBPS() ([]byte, error) {
	return jobMarket.abi.Pack("MISSED_DEADLINE_SLASH_BPS")
}

// UnpackMISSEDDEADLINESLASHBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9984363.
//
// Solidity: function MISSED_DEADLINE_SLASH_BPS() view returns(uint256)
func (jobMarket *JobMarket) UnpackMISSEDDEADLINESLASHBPS(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("MISSED_DEADLINE_SLASH_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c579d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bid(uint256 jobId, uint96 price) returns()
func (jobMarket *JobMarket) PackBid(jobId *big.Int, price *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("bid", jobId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c579d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bid(uint256 jobId, uint96 price) returns()
func (jobMarket *JobMarket) TryPackBid(jobId *big.Int, price *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("bid", jobId, price)
}

// PackBidOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28e05bf1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidOf(uint256 jobId, address bidder) view returns(bool exists, uint256 index, uint96 price)
func (jobMarket *JobMarket) PackBidOf(jobId *big.Int, bidder common.Address) []byte {
	enc, err := jobMarket.abi.Pack("bidOf", jobId, bidder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28e05bf1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidOf(uint256 jobId, address bidder) view returns(bool exists, uint256 index, uint96 price)
func (jobMarket *JobMarket) TryPackBidOf(jobId *big.Int, bidder common.Address) ([]byte, error) {
	return jobMarket.abi.Pack("bidOf", jobId, bidder)
}

// BidOfOutput serves as a container for the return parameters of contract
// method BidOf.
type BidOfOutput struct {
	Exists bool
	Index  *big.Int
	Price  *big.Int
}

// UnpackBidOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28e05bf1.
//
// Solidity: function bidOf(uint256 jobId, address bidder) view returns(bool exists, uint256 index, uint96 price)
func (jobMarket *JobMarket) UnpackBidOf(data []byte) (BidOfOutput, error) {
	out, err := jobMarket.abi.Unpack("bidOf", data)
	outstruct := new(BidOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Index = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Price = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dffa3dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelJob(uint256 jobId) returns()
func (jobMarket *JobMarket) PackCancelJob(jobId *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("cancelJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dffa3dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelJob(uint256 jobId) returns()
func (jobMarket *JobMarket) TryPackCancelJob(jobId *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("cancelJob", jobId)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (jobMarket *JobMarket) PackClaim() []byte {
	enc, err := jobMarket.abi.Pack("claim")
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
func (jobMarket *JobMarket) TryPackClaim() ([]byte, error) {
	return jobMarket.abi.Pack("claim")
}

// PackCloseDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x142d1ce1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeDispute(uint256 jobId, uint256 shard, uint16 attempt, bool solverLost, address challenger) returns()
func (jobMarket *JobMarket) PackCloseDispute(jobId *big.Int, shard *big.Int, attempt uint16, solverLost bool, challenger common.Address) []byte {
	enc, err := jobMarket.abi.Pack("closeDispute", jobId, shard, attempt, solverLost, challenger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x142d1ce1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeDispute(uint256 jobId, uint256 shard, uint16 attempt, bool solverLost, address challenger) returns()
func (jobMarket *JobMarket) TryPackCloseDispute(jobId *big.Int, shard *big.Int, attempt uint16, solverLost bool, challenger common.Address) ([]byte, error) {
	return jobMarket.abi.Pack("closeDispute", jobId, shard, attempt, solverLost, challenger)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x727d6bd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 jobId, uint256 shard, bytes32 traceRoot, bytes32 stateRoot) returns()
func (jobMarket *JobMarket) PackCommit(jobId *big.Int, shard *big.Int, traceRoot [32]byte, stateRoot [32]byte) []byte {
	enc, err := jobMarket.abi.Pack("commit", jobId, shard, traceRoot, stateRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x727d6bd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 jobId, uint256 shard, bytes32 traceRoot, bytes32 stateRoot) returns()
func (jobMarket *JobMarket) TryPackCommit(jobId *big.Int, shard *big.Int, traceRoot [32]byte, stateRoot [32]byte) ([]byte, error) {
	return jobMarket.abi.Pack("commit", jobId, shard, traceRoot, stateRoot)
}

// PackDisputeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf544c3a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeManager() view returns(address)
func (jobMarket *JobMarket) PackDisputeManager() []byte {
	enc, err := jobMarket.abi.Pack("disputeManager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf544c3a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeManager() view returns(address)
func (jobMarket *JobMarket) TryPackDisputeManager() ([]byte, error) {
	return jobMarket.abi.Pack("disputeManager")
}

// UnpackDisputeManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf544c3a6.
//
// Solidity: function disputeManager() view returns(address)
func (jobMarket *JobMarket) UnpackDisputeManager(data []byte) (common.Address, error) {
	out, err := jobMarket.abi.Unpack("disputeManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDisputeTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc04c22a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeTimeout() view returns(uint64)
func (jobMarket *JobMarket) PackDisputeTimeout() []byte {
	enc, err := jobMarket.abi.Pack("disputeTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc04c22a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeTimeout() view returns(uint64)
func (jobMarket *JobMarket) TryPackDisputeTimeout() ([]byte, error) {
	return jobMarket.abi.Pack("disputeTimeout")
}

// UnpackDisputeTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc04c22a4.
//
// Solidity: function disputeTimeout() view returns(uint64)
func (jobMarket *JobMarket) UnpackDisputeTimeout(data []byte) (uint64, error) {
	out, err := jobMarket.abi.Unpack("disputeTimeout", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExpireDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30355813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expireDispute(uint256 jobId, uint256 shard) returns()
func (jobMarket *JobMarket) PackExpireDispute(jobId *big.Int, shard *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("expireDispute", jobId, shard)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpireDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30355813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expireDispute(uint256 jobId, uint256 shard) returns()
func (jobMarket *JobMarket) TryPackExpireDispute(jobId *big.Int, shard *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("expireDispute", jobId, shard)
}

// PackFinalizeAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8083863.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeAuction(uint256 jobId) returns()
func (jobMarket *JobMarket) PackFinalizeAuction(jobId *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("finalizeAuction", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8083863.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeAuction(uint256 jobId) returns()
func (jobMarket *JobMarket) TryPackFinalizeAuction(jobId *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("finalizeAuction", jobId)
}

// PackFinalizeShard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3beb5f8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeShard(uint256 jobId, uint256 shard) returns()
func (jobMarket *JobMarket) PackFinalizeShard(jobId *big.Int, shard *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("finalizeShard", jobId, shard)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeShard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3beb5f8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeShard(uint256 jobId, uint256 shard) returns()
func (jobMarket *JobMarket) TryPackFinalizeShard(jobId *big.Int, shard *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("finalizeShard", jobId, shard)
}

// PackGetBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x131d9a27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBids(uint256 jobId) view returns((address,uint96)[])
func (jobMarket *JobMarket) PackGetBids(jobId *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("getBids", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x131d9a27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBids(uint256 jobId) view returns((address,uint96)[])
func (jobMarket *JobMarket) TryPackGetBids(jobId *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("getBids", jobId)
}

// UnpackGetBids is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x131d9a27.
//
// Solidity: function getBids(uint256 jobId) view returns((address,uint96)[])
func (jobMarket *JobMarket) UnpackGetBids(data []byte) ([]JobMarketBid, error) {
	out, err := jobMarket.abi.Unpack("getBids", data)
	if err != nil {
		return *new([]JobMarketBid), err
	}
	out0 := *abi.ConvertType(out[0], new([]JobMarketBid)).(*[]JobMarketBid)
	return out0, nil
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 jobId) view returns((address,uint64,uint16,uint8,uint64,uint64,uint16,uint16,uint96,uint96,uint96,uint16,uint16,bool,uint128,uint128,bytes32,bytes32,bytes32))
func (jobMarket *JobMarket) PackGetJob(jobId *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("getJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(uint256 jobId) view returns((address,uint64,uint16,uint8,uint64,uint64,uint16,uint16,uint96,uint96,uint96,uint16,uint16,bool,uint128,uint128,bytes32,bytes32,bytes32))
func (jobMarket *JobMarket) TryPackGetJob(jobId *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 jobId) view returns((address,uint64,uint16,uint8,uint64,uint64,uint16,uint16,uint96,uint96,uint96,uint16,uint16,bool,uint128,uint128,bytes32,bytes32,bytes32))
func (jobMarket *JobMarket) UnpackGetJob(data []byte) (JobMarketJob, error) {
	out, err := jobMarket.abi.Unpack("getJob", data)
	if err != nil {
		return *new(JobMarketJob), err
	}
	out0 := *abi.ConvertType(out[0], new(JobMarketJob)).(*JobMarketJob)
	return out0, nil
}

// PackGetShard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x133545fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getShard(uint256 jobId, uint256 shard) view returns((address,uint64,uint8,uint8,uint16,address,uint96,uint64,uint16,uint64,bytes32,bytes32))
func (jobMarket *JobMarket) PackGetShard(jobId *big.Int, shard *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("getShard", jobId, shard)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetShard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x133545fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getShard(uint256 jobId, uint256 shard) view returns((address,uint64,uint8,uint8,uint16,address,uint96,uint64,uint16,uint64,bytes32,bytes32))
func (jobMarket *JobMarket) TryPackGetShard(jobId *big.Int, shard *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("getShard", jobId, shard)
}

// UnpackGetShard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x133545fd.
//
// Solidity: function getShard(uint256 jobId, uint256 shard) view returns((address,uint64,uint8,uint8,uint16,address,uint96,uint64,uint16,uint64,bytes32,bytes32))
func (jobMarket *JobMarket) UnpackGetShard(data []byte) (JobMarketShard, error) {
	out, err := jobMarket.abi.Unpack("getShard", data)
	if err != nil {
		return *new(JobMarketShard), err
	}
	out0 := *abi.ConvertType(out[0], new(JobMarketShard)).(*JobMarketShard)
	return out0, nil
}

// PackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobCount() view returns(uint256)
func (jobMarket *JobMarket) PackJobCount() []byte {
	enc, err := jobMarket.abi.Pack("jobCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobCount() view returns(uint256)
func (jobMarket *JobMarket) TryPackJobCount() ([]byte, error) {
	return jobMarket.abi.Pack("jobCount")
}

// UnpackJobCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5d8a0f.
//
// Solidity: function jobCount() view returns(uint256)
func (jobMarket *JobMarket) UnpackJobCount(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("jobCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2b8ae4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute(uint256 jobId, uint256 shard, uint16 attempt) returns()
func (jobMarket *JobMarket) PackOpenDispute(jobId *big.Int, shard *big.Int, attempt uint16) []byte {
	enc, err := jobMarket.abi.Pack("openDispute", jobId, shard, attempt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2b8ae4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(uint256 jobId, uint256 shard, uint16 attempt) returns()
func (jobMarket *JobMarket) TryPackOpenDispute(jobId *big.Int, shard *big.Int, attempt uint16) ([]byte, error) {
	return jobMarket.abi.Pack("openDispute", jobId, shard, attempt)
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address ) view returns(uint256)
func (jobMarket *JobMarket) PackOwed(arg0 common.Address) []byte {
	enc, err := jobMarket.abi.Pack("owed", arg0)
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
func (jobMarket *JobMarket) TryPackOwed(arg0 common.Address) ([]byte, error) {
	return jobMarket.abi.Pack("owed", arg0)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (jobMarket *JobMarket) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32145f90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poke(uint256 jobId) returns(uint256 actions)
func (jobMarket *JobMarket) PackPoke(jobId *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("poke", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32145f90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poke(uint256 jobId) returns(uint256 actions)
func (jobMarket *JobMarket) TryPackPoke(jobId *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("poke", jobId)
}

// UnpackPoke is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32145f90.
//
// Solidity: function poke(uint256 jobId) returns(uint256 actions)
func (jobMarket *JobMarket) UnpackPoke(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("poke", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPostJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c09754.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postJob((bytes32,bytes32,bytes32,uint16,uint64,uint64,uint64,uint256,uint256,uint256,uint16) p) returns(uint256 jobId)
func (jobMarket *JobMarket) PackPostJob(p JobMarketJobParams) []byte {
	enc, err := jobMarket.abi.Pack("postJob", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c09754.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postJob((bytes32,bytes32,bytes32,uint16,uint64,uint64,uint64,uint256,uint256,uint256,uint16) p) returns(uint256 jobId)
func (jobMarket *JobMarket) TryPackPostJob(p JobMarketJobParams) ([]byte, error) {
	return jobMarket.abi.Pack("postJob", p)
}

// UnpackPostJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00c09754.
//
// Solidity: function postJob((bytes32,bytes32,bytes32,uint16,uint64,uint64,uint64,uint256,uint256,uint256,uint16) p) returns(uint256 jobId)
func (jobMarket *JobMarket) UnpackPostJob(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("postJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRecordVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17064834.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordVerifier(uint256 jobId, uint256 shard, uint16 attempt, address verifier) returns()
func (jobMarket *JobMarket) PackRecordVerifier(jobId *big.Int, shard *big.Int, attempt uint16, verifier common.Address) []byte {
	enc, err := jobMarket.abi.Pack("recordVerifier", jobId, shard, attempt, verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17064834.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordVerifier(uint256 jobId, uint256 shard, uint16 attempt, address verifier) returns()
func (jobMarket *JobMarket) TryPackRecordVerifier(jobId *big.Int, shard *big.Int, attempt uint16, verifier common.Address) ([]byte, error) {
	return jobMarket.abi.Pack("recordVerifier", jobId, shard, attempt, verifier)
}

// PackReportMissedDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c7072a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportMissedDeadline(uint256 jobId, uint256 shard) returns()
func (jobMarket *JobMarket) PackReportMissedDeadline(jobId *big.Int, shard *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("reportMissedDeadline", jobId, shard)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportMissedDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c7072a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportMissedDeadline(uint256 jobId, uint256 shard) returns()
func (jobMarket *JobMarket) TryPackReportMissedDeadline(jobId *big.Int, shard *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("reportMissedDeadline", jobId, shard)
}

// PackRoundManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3945dbde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundManager() view returns(address)
func (jobMarket *JobMarket) PackRoundManager() []byte {
	enc, err := jobMarket.abi.Pack("roundManager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3945dbde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundManager() view returns(address)
func (jobMarket *JobMarket) TryPackRoundManager() ([]byte, error) {
	return jobMarket.abi.Pack("roundManager")
}

// UnpackRoundManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3945dbde.
//
// Solidity: function roundManager() view returns(address)
func (jobMarket *JobMarket) UnpackRoundManager(data []byte) (common.Address, error) {
	out, err := jobMarket.abi.Unpack("roundManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRoundRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78abcd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundRoot(uint256 jobId, uint256 shard, uint256 round) view returns(bytes32)
func (jobMarket *JobMarket) PackRoundRoot(jobId *big.Int, shard *big.Int, round *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("roundRoot", jobId, shard, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78abcd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundRoot(uint256 jobId, uint256 shard, uint256 round) view returns(bytes32)
func (jobMarket *JobMarket) TryPackRoundRoot(jobId *big.Int, shard *big.Int, round *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("roundRoot", jobId, shard, round)
}

// UnpackRoundRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78abcd3.
//
// Solidity: function roundRoot(uint256 jobId, uint256 shard, uint256 round) view returns(bytes32)
func (jobMarket *JobMarket) UnpackRoundRoot(data []byte) ([32]byte, error) {
	out, err := jobMarket.abi.Unpack("roundRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRoundTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x187fcf7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundTrace(uint256 jobId, uint256 shard, uint256 round) view returns(bytes32)
func (jobMarket *JobMarket) PackRoundTrace(jobId *big.Int, shard *big.Int, round *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("roundTrace", jobId, shard, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x187fcf7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundTrace(uint256 jobId, uint256 shard, uint256 round) view returns(bytes32)
func (jobMarket *JobMarket) TryPackRoundTrace(jobId *big.Int, shard *big.Int, round *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("roundTrace", jobId, shard, round)
}

// UnpackRoundTrace is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x187fcf7b.
//
// Solidity: function roundTrace(uint256 jobId, uint256 shard, uint256 round) view returns(bytes32)
func (jobMarket *JobMarket) UnpackRoundTrace(data []byte) ([32]byte, error) {
	out, err := jobMarket.abi.Unpack("roundTrace", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (jobMarket *JobMarket) PackStaking() []byte {
	enc, err := jobMarket.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (jobMarket *JobMarket) TryPackStaking() ([]byte, error) {
	return jobMarket.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (jobMarket *JobMarket) UnpackStaking(data []byte) (common.Address, error) {
	out, err := jobMarket.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (jobMarket *JobMarket) PackToken() []byte {
	enc, err := jobMarket.abi.Pack("token")
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
func (jobMarket *JobMarket) TryPackToken() ([]byte, error) {
	return jobMarket.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (jobMarket *JobMarket) UnpackToken(data []byte) (common.Address, error) {
	out, err := jobMarket.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d89844.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalEscrow() view returns(uint256)
func (jobMarket *JobMarket) PackTotalEscrow() []byte {
	enc, err := jobMarket.abi.Pack("totalEscrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d89844.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalEscrow() view returns(uint256)
func (jobMarket *JobMarket) TryPackTotalEscrow() ([]byte, error) {
	return jobMarket.abi.Pack("totalEscrow")
}

// UnpackTotalEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3d89844.
//
// Solidity: function totalEscrow() view returns(uint256)
func (jobMarket *JobMarket) UnpackTotalEscrow(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("totalEscrow", data)
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
func (jobMarket *JobMarket) PackTotalOwed() []byte {
	enc, err := jobMarket.abi.Pack("totalOwed")
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
func (jobMarket *JobMarket) TryPackTotalOwed() ([]byte, error) {
	return jobMarket.abi.Pack("totalOwed")
}

// UnpackTotalOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7fa9f7d.
//
// Solidity: function totalOwed() view returns(uint256)
func (jobMarket *JobMarket) UnpackTotalOwed(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("totalOwed", data)
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
func (jobMarket *JobMarket) PackTotalUnclaimed() []byte {
	enc, err := jobMarket.abi.Pack("totalUnclaimed")
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
func (jobMarket *JobMarket) TryPackTotalUnclaimed() ([]byte, error) {
	return jobMarket.abi.Pack("totalUnclaimed")
}

// UnpackTotalUnclaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc96f14b8.
//
// Solidity: function totalUnclaimed() view returns(uint256)
func (jobMarket *JobMarket) UnpackTotalUnclaimed(data []byte) (*big.Int, error) {
	out, err := jobMarket.abi.Unpack("totalUnclaimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaaf4c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawBid(uint256 jobId) returns()
func (jobMarket *JobMarket) PackWithdrawBid(jobId *big.Int) []byte {
	enc, err := jobMarket.abi.Pack("withdrawBid", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaaf4c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawBid(uint256 jobId) returns()
func (jobMarket *JobMarket) TryPackWithdrawBid(jobId *big.Int) ([]byte, error) {
	return jobMarket.abi.Pack("withdrawBid", jobId)
}

// JobMarketAuctionFinalized represents a AuctionFinalized event raised by the JobMarket contract.
type JobMarketAuctionFinalized struct {
	JobId         *big.Int
	ClearingPrice *big.Int
	Winners       *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobMarketAuctionFinalizedEventName = "AuctionFinalized"

// ContractEventName returns the user-defined event name.
func (JobMarketAuctionFinalized) ContractEventName() string {
	return JobMarketAuctionFinalizedEventName
}

// UnpackAuctionFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuctionFinalized(uint256 indexed jobId, uint256 clearingPrice, uint256 winners)
func (jobMarket *JobMarket) UnpackAuctionFinalizedEvent(log *types.Log) (*JobMarketAuctionFinalized, error) {
	event := "AuctionFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketAuctionFinalized)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketBidEvicted represents a BidEvicted event raised by the JobMarket contract.
type JobMarketBidEvicted struct {
	JobId  *big.Int
	Bidder common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobMarketBidEvictedEventName = "BidEvicted"

// ContractEventName returns the user-defined event name.
func (JobMarketBidEvicted) ContractEventName() string {
	return JobMarketBidEvictedEventName
}

// UnpackBidEvictedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidEvicted(uint256 indexed jobId, address indexed bidder)
func (jobMarket *JobMarket) UnpackBidEvictedEvent(log *types.Log) (*JobMarketBidEvicted, error) {
	event := "BidEvicted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketBidEvicted)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketBidPlaced represents a BidPlaced event raised by the JobMarket contract.
type JobMarketBidPlaced struct {
	JobId  *big.Int
	Bidder common.Address
	Price  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobMarketBidPlacedEventName = "BidPlaced"

// ContractEventName returns the user-defined event name.
func (JobMarketBidPlaced) ContractEventName() string {
	return JobMarketBidPlacedEventName
}

// UnpackBidPlacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidPlaced(uint256 indexed jobId, address indexed bidder, uint256 price)
func (jobMarket *JobMarket) UnpackBidPlacedEvent(log *types.Log) (*JobMarketBidPlaced, error) {
	event := "BidPlaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketBidPlaced)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketBidWithdrawn represents a BidWithdrawn event raised by the JobMarket contract.
type JobMarketBidWithdrawn struct {
	JobId  *big.Int
	Bidder common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobMarketBidWithdrawnEventName = "BidWithdrawn"

// ContractEventName returns the user-defined event name.
func (JobMarketBidWithdrawn) ContractEventName() string {
	return JobMarketBidWithdrawnEventName
}

// UnpackBidWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidWithdrawn(uint256 indexed jobId, address indexed bidder)
func (jobMarket *JobMarket) UnpackBidWithdrawnEvent(log *types.Log) (*JobMarketBidWithdrawn, error) {
	event := "BidWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketBidWithdrawn)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketClaimed represents a Claimed event raised by the JobMarket contract.
type JobMarketClaimed struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobMarketClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (JobMarketClaimed) ContractEventName() string {
	return JobMarketClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed to, uint256 amount)
func (jobMarket *JobMarket) UnpackClaimedEvent(log *types.Log) (*JobMarketClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketClaimed)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketDeadlineMissed represents a DeadlineMissed event raised by the JobMarket contract.
type JobMarketDeadlineMissed struct {
	JobId   *big.Int
	Shard   *big.Int
	Attempt *big.Int
	Solver  common.Address
	Slashed *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobMarketDeadlineMissedEventName = "DeadlineMissed"

// ContractEventName returns the user-defined event name.
func (JobMarketDeadlineMissed) ContractEventName() string {
	return JobMarketDeadlineMissedEventName
}

// UnpackDeadlineMissedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeadlineMissed(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address indexed solver, uint256 slashed)
func (jobMarket *JobMarket) UnpackDeadlineMissedEvent(log *types.Log) (*JobMarketDeadlineMissed, error) {
	event := "DeadlineMissed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketDeadlineMissed)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketDisputeClosed represents a DisputeClosed event raised by the JobMarket contract.
type JobMarketDisputeClosed struct {
	JobId        *big.Int
	Shard        *big.Int
	Attempt      *big.Int
	SolverLost   bool
	Challenger   common.Address
	OpenDisputes *big.Int
	ChallengeEnd uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const JobMarketDisputeClosedEventName = "DisputeClosed"

// ContractEventName returns the user-defined event name.
func (JobMarketDisputeClosed) ContractEventName() string {
	return JobMarketDisputeClosedEventName
}

// UnpackDisputeClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeClosed(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, bool solverLost, address challenger, uint256 openDisputes, uint64 challengeEnd)
func (jobMarket *JobMarket) UnpackDisputeClosedEvent(log *types.Log) (*JobMarketDisputeClosed, error) {
	event := "DisputeClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketDisputeClosed)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketDisputeExpired represents a DisputeExpired event raised by the JobMarket contract.
type JobMarketDisputeExpired struct {
	JobId   *big.Int
	Shard   *big.Int
	Attempt *big.Int
	Solver  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobMarketDisputeExpiredEventName = "DisputeExpired"

// ContractEventName returns the user-defined event name.
func (JobMarketDisputeExpired) ContractEventName() string {
	return JobMarketDisputeExpiredEventName
}

// UnpackDisputeExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeExpired(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address indexed solver)
func (jobMarket *JobMarket) UnpackDisputeExpiredEvent(log *types.Log) (*JobMarketDisputeExpired, error) {
	event := "DisputeExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketDisputeExpired)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketDisputeOpened represents a DisputeOpened event raised by the JobMarket contract.
type JobMarketDisputeOpened struct {
	JobId        *big.Int
	Shard        *big.Int
	Attempt      *big.Int
	OpenDisputes *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const JobMarketDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (JobMarketDisputeOpened) ContractEventName() string {
	return JobMarketDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, uint256 openDisputes)
func (jobMarket *JobMarket) UnpackDisputeOpenedEvent(log *types.Log) (*JobMarketDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketDisputeOpened)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketJobClosed represents a JobClosed event raised by the JobMarket contract.
type JobMarketJobClosed struct {
	JobId  *big.Int
	Reason uint8
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobMarketJobClosedEventName = "JobClosed"

// ContractEventName returns the user-defined event name.
func (JobMarketJobClosed) ContractEventName() string {
	return JobMarketJobClosedEventName
}

// UnpackJobClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobClosed(uint256 indexed jobId, uint8 reason, uint256 refund)
func (jobMarket *JobMarket) UnpackJobClosedEvent(log *types.Log) (*JobMarketJobClosed, error) {
	event := "JobClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketJobClosed)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketJobPosted represents a JobPosted event raised by the JobMarket contract.
type JobMarketJobPosted struct {
	JobId            *big.Int
	Submitter        common.Address
	SpecHash         [32]byte
	GraphRoot        [32]byte
	DataRoot         [32]byte
	Shards           *big.Int
	Budget           *big.Int
	MaxPricePerShard *big.Int
	VerifierFee      *big.Int
	StakePerShard    *big.Int
	BiddingEnds      uint64
	TrainingPeriod   uint64
	ChallengeWindow  uint64
	Rounds           *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const JobMarketJobPostedEventName = "JobPosted"

// ContractEventName returns the user-defined event name.
func (JobMarketJobPosted) ContractEventName() string {
	return JobMarketJobPostedEventName
}

// UnpackJobPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobPosted(uint256 indexed jobId, address indexed submitter, bytes32 specHash, bytes32 graphRoot, bytes32 dataRoot, uint256 shards, uint256 budget, uint256 maxPricePerShard, uint256 verifierFee, uint256 stakePerShard, uint64 biddingEnds, uint64 trainingPeriod, uint64 challengeWindow, uint256 rounds)
func (jobMarket *JobMarket) UnpackJobPostedEvent(log *types.Log) (*JobMarketJobPosted, error) {
	event := "JobPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketJobPosted)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketPaymentDeferred represents a PaymentDeferred event raised by the JobMarket contract.
type JobMarketPaymentDeferred struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobMarketPaymentDeferredEventName = "PaymentDeferred"

// ContractEventName returns the user-defined event name.
func (JobMarketPaymentDeferred) ContractEventName() string {
	return JobMarketPaymentDeferredEventName
}

// UnpackPaymentDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentDeferred(address indexed to, uint256 amount)
func (jobMarket *JobMarket) UnpackPaymentDeferredEvent(log *types.Log) (*JobMarketPaymentDeferred, error) {
	event := "PaymentDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketPaymentDeferred)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketRoundAccepted represents a RoundAccepted event raised by the JobMarket contract.
type JobMarketRoundAccepted struct {
	JobId   *big.Int
	Shard   *big.Int
	Attempt *big.Int
	Round   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobMarketRoundAcceptedEventName = "RoundAccepted"

// ContractEventName returns the user-defined event name.
func (JobMarketRoundAccepted) ContractEventName() string {
	return JobMarketRoundAcceptedEventName
}

// UnpackRoundAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundAccepted(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, uint256 round)
func (jobMarket *JobMarket) UnpackRoundAcceptedEvent(log *types.Log) (*JobMarketRoundAccepted, error) {
	event := "RoundAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketRoundAccepted)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketRoundCommitted represents a RoundCommitted event raised by the JobMarket contract.
type JobMarketRoundCommitted struct {
	JobId        *big.Int
	Shard        *big.Int
	Attempt      *big.Int
	Round        *big.Int
	Solver       common.Address
	TraceRoot    [32]byte
	StateRoot    [32]byte
	ChallengeEnd uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const JobMarketRoundCommittedEventName = "RoundCommitted"

// ContractEventName returns the user-defined event name.
func (JobMarketRoundCommitted) ContractEventName() string {
	return JobMarketRoundCommittedEventName
}

// UnpackRoundCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundCommitted(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, uint256 round, address indexed solver, bytes32 traceRoot, bytes32 stateRoot, uint64 challengeEnd)
func (jobMarket *JobMarket) UnpackRoundCommittedEvent(log *types.Log) (*JobMarketRoundCommitted, error) {
	event := "RoundCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketRoundCommitted)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketRoundOpened represents a RoundOpened event raised by the JobMarket contract.
type JobMarketRoundOpened struct {
	JobId    *big.Int
	Round    *big.Int
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const JobMarketRoundOpenedEventName = "RoundOpened"

// ContractEventName returns the user-defined event name.
func (JobMarketRoundOpened) ContractEventName() string {
	return JobMarketRoundOpenedEventName
}

// UnpackRoundOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundOpened(uint256 indexed jobId, uint256 round, uint64 deadline)
func (jobMarket *JobMarket) UnpackRoundOpenedEvent(log *types.Log) (*JobMarketRoundOpened, error) {
	event := "RoundOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketRoundOpened)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketShardAssigned represents a ShardAssigned event raised by the JobMarket contract.
type JobMarketShardAssigned struct {
	JobId    *big.Int
	Shard    *big.Int
	Attempt  *big.Int
	Solver   common.Address
	Price    *big.Int
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const JobMarketShardAssignedEventName = "ShardAssigned"

// ContractEventName returns the user-defined event name.
func (JobMarketShardAssigned) ContractEventName() string {
	return JobMarketShardAssignedEventName
}

// UnpackShardAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShardAssigned(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address indexed solver, uint256 price, uint64 deadline)
func (jobMarket *JobMarket) UnpackShardAssignedEvent(log *types.Log) (*JobMarketShardAssigned, error) {
	event := "ShardAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketShardAssigned)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketShardCommitted represents a ShardCommitted event raised by the JobMarket contract.
type JobMarketShardCommitted struct {
	JobId        *big.Int
	Shard        *big.Int
	Attempt      *big.Int
	Solver       common.Address
	TraceRoot    [32]byte
	StateRoot    [32]byte
	ChallengeEnd uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const JobMarketShardCommittedEventName = "ShardCommitted"

// ContractEventName returns the user-defined event name.
func (JobMarketShardCommitted) ContractEventName() string {
	return JobMarketShardCommittedEventName
}

// UnpackShardCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShardCommitted(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address indexed solver, bytes32 traceRoot, bytes32 stateRoot, uint64 challengeEnd)
func (jobMarket *JobMarket) UnpackShardCommittedEvent(log *types.Log) (*JobMarketShardCommitted, error) {
	event := "ShardCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketShardCommitted)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketShardFinalized represents a ShardFinalized event raised by the JobMarket contract.
type JobMarketShardFinalized struct {
	JobId       *big.Int
	Shard       *big.Int
	Attempt     *big.Int
	Solver      common.Address
	Paid        *big.Int
	Verifier    common.Address
	VerifierFee *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const JobMarketShardFinalizedEventName = "ShardFinalized"

// ContractEventName returns the user-defined event name.
func (JobMarketShardFinalized) ContractEventName() string {
	return JobMarketShardFinalizedEventName
}

// UnpackShardFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShardFinalized(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address indexed solver, uint256 paid, address verifier, uint256 verifierFee)
func (jobMarket *JobMarket) UnpackShardFinalizedEvent(log *types.Log) (*JobMarketShardFinalized, error) {
	event := "ShardFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketShardFinalized)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketShardRefunded represents a ShardRefunded event raised by the JobMarket contract.
type JobMarketShardRefunded struct {
	JobId   *big.Int
	Shard   *big.Int
	Attempt *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobMarketShardRefundedEventName = "ShardRefunded"

// ContractEventName returns the user-defined event name.
func (JobMarketShardRefunded) ContractEventName() string {
	return JobMarketShardRefundedEventName
}

// UnpackShardRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShardRefunded(uint256 indexed jobId, uint256 indexed shard, uint256 attempt)
func (jobMarket *JobMarket) UnpackShardRefundedEvent(log *types.Log) (*JobMarketShardRefunded, error) {
	event := "ShardRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketShardRefunded)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketSolverSlashed represents a SolverSlashed event raised by the JobMarket contract.
type JobMarketSolverSlashed struct {
	JobId      *big.Int
	Shard      *big.Int
	Attempt    *big.Int
	Solver     common.Address
	Amount     *big.Int
	Challenger common.Address
	Reward     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobMarketSolverSlashedEventName = "SolverSlashed"

// ContractEventName returns the user-defined event name.
func (JobMarketSolverSlashed) ContractEventName() string {
	return JobMarketSolverSlashedEventName
}

// UnpackSolverSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SolverSlashed(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address indexed solver, uint256 amount, address challenger, uint256 reward)
func (jobMarket *JobMarket) UnpackSolverSlashedEvent(log *types.Log) (*JobMarketSolverSlashed, error) {
	event := "SolverSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketSolverSlashed)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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

// JobMarketVerifierRecorded represents a VerifierRecorded event raised by the JobMarket contract.
type JobMarketVerifierRecorded struct {
	JobId    *big.Int
	Shard    *big.Int
	Attempt  *big.Int
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const JobMarketVerifierRecordedEventName = "VerifierRecorded"

// ContractEventName returns the user-defined event name.
func (JobMarketVerifierRecorded) ContractEventName() string {
	return JobMarketVerifierRecordedEventName
}

// UnpackVerifierRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierRecorded(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address indexed verifier)
func (jobMarket *JobMarket) UnpackVerifierRecordedEvent(log *types.Log) (*JobMarketVerifierRecorded, error) {
	event := "VerifierRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobMarketVerifierRecorded)
	if len(log.Data) > 0 {
		if err := jobMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobMarket.abi.Events[event].Inputs {
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
func (jobMarket *JobMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["BadPeriod"].ID.Bytes()[:4]) {
		return jobMarket.UnpackBadPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["BadRounds"].ID.Bytes()[:4]) {
		return jobMarket.UnpackBadRoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["BadShardCount"].ID.Bytes()[:4]) {
		return jobMarket.UnpackBadShardCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["BidAboveMaxPrice"].ID.Bytes()[:4]) {
		return jobMarket.UnpackBidAboveMaxPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["BidConsumed"].ID.Bytes()[:4]) {
		return jobMarket.UnpackBidConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["BidListFull"].ID.Bytes()[:4]) {
		return jobMarket.UnpackBidListFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["BiddingClosed"].ID.Bytes()[:4]) {
		return jobMarket.UnpackBiddingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["BudgetTooSmall"].ID.Bytes()[:4]) {
		return jobMarket.UnpackBudgetTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return jobMarket.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return jobMarket.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["DisputeOpen"].ID.Bytes()[:4]) {
		return jobMarket.UnpackDisputeOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["NoBid"].ID.Bytes()[:4]) {
		return jobMarket.UnpackNoBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["NoOpenDispute"].ID.Bytes()[:4]) {
		return jobMarket.UnpackNoOpenDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["NotDisputeManager"].ID.Bytes()[:4]) {
		return jobMarket.UnpackNotDisputeManagerError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["NotSolver"].ID.Bytes()[:4]) {
		return jobMarket.UnpackNotSolverError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["NotSubmitter"].ID.Bytes()[:4]) {
		return jobMarket.UnpackNotSubmitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return jobMarket.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["NothingToPoke"].ID.Bytes()[:4]) {
		return jobMarket.UnpackNothingToPokeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return jobMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return jobMarket.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return jobMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return jobMarket.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["TooManyDisputes"].ID.Bytes()[:4]) {
		return jobMarket.UnpackTooManyDisputesError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["WrongAttempt"].ID.Bytes()[:4]) {
		return jobMarket.UnpackWrongAttemptError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["WrongJobState"].ID.Bytes()[:4]) {
		return jobMarket.UnpackWrongJobStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return jobMarket.UnpackWrongRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["WrongShardState"].ID.Bytes()[:4]) {
		return jobMarket.UnpackWrongShardStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return jobMarket.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobMarket.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return jobMarket.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// JobMarketBadPeriod represents a BadPeriod error raised by the JobMarket contract.
type JobMarketBadPeriod struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeriod()
func JobMarketBadPeriodErrorID() common.Hash {
	return common.HexToHash("0x7bdc76e2aa65bcc6c6c380a9cd6f06ceeeba19140987dc7fd6d77f3d293bc825")
}

// UnpackBadPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeriod()
func (jobMarket *JobMarket) UnpackBadPeriodError(raw []byte) (*JobMarketBadPeriod, error) {
	out := new(JobMarketBadPeriod)
	if err := jobMarket.abi.UnpackIntoInterface(out, "BadPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketBadRounds represents a BadRounds error raised by the JobMarket contract.
type JobMarketBadRounds struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRounds()
func JobMarketBadRoundsErrorID() common.Hash {
	return common.HexToHash("0x210c83d85f0d9bc06c8b8b921b4cfbd89815687a3ee5010d130db09f74afc298")
}

// UnpackBadRoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRounds()
func (jobMarket *JobMarket) UnpackBadRoundsError(raw []byte) (*JobMarketBadRounds, error) {
	out := new(JobMarketBadRounds)
	if err := jobMarket.abi.UnpackIntoInterface(out, "BadRounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketBadShardCount represents a BadShardCount error raised by the JobMarket contract.
type JobMarketBadShardCount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShardCount()
func JobMarketBadShardCountErrorID() common.Hash {
	return common.HexToHash("0x2462060d81ad0d192138faf5151c548478c5091628e80ef92102d4699cbe2bfd")
}

// UnpackBadShardCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShardCount()
func (jobMarket *JobMarket) UnpackBadShardCountError(raw []byte) (*JobMarketBadShardCount, error) {
	out := new(JobMarketBadShardCount)
	if err := jobMarket.abi.UnpackIntoInterface(out, "BadShardCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketBidAboveMaxPrice represents a BidAboveMaxPrice error raised by the JobMarket contract.
type JobMarketBidAboveMaxPrice struct {
	MaxPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidAboveMaxPrice(uint96 maxPrice)
func JobMarketBidAboveMaxPriceErrorID() common.Hash {
	return common.HexToHash("0xa0c61402899e6867fb4cf394b27bc1794813297c3d24bf0fa56bd6f02142520b")
}

// UnpackBidAboveMaxPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidAboveMaxPrice(uint96 maxPrice)
func (jobMarket *JobMarket) UnpackBidAboveMaxPriceError(raw []byte) (*JobMarketBidAboveMaxPrice, error) {
	out := new(JobMarketBidAboveMaxPrice)
	if err := jobMarket.abi.UnpackIntoInterface(out, "BidAboveMaxPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketBidConsumed represents a BidConsumed error raised by the JobMarket contract.
type JobMarketBidConsumed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidConsumed()
func JobMarketBidConsumedErrorID() common.Hash {
	return common.HexToHash("0xb47db3d05a1ec28a9e2ad3d344d879b4d8d8333a7c4dc8c2a5dc81789ca72333")
}

// UnpackBidConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidConsumed()
func (jobMarket *JobMarket) UnpackBidConsumedError(raw []byte) (*JobMarketBidConsumed, error) {
	out := new(JobMarketBidConsumed)
	if err := jobMarket.abi.UnpackIntoInterface(out, "BidConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketBidListFull represents a BidListFull error raised by the JobMarket contract.
type JobMarketBidListFull struct {
	HighestPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidListFull(uint96 highestPrice)
func JobMarketBidListFullErrorID() common.Hash {
	return common.HexToHash("0x9ada74e0428b30c880ac3250ec0ab76be5f39fe942fdc21128894c4f931cf439")
}

// UnpackBidListFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidListFull(uint96 highestPrice)
func (jobMarket *JobMarket) UnpackBidListFullError(raw []byte) (*JobMarketBidListFull, error) {
	out := new(JobMarketBidListFull)
	if err := jobMarket.abi.UnpackIntoInterface(out, "BidListFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketBiddingClosed represents a BiddingClosed error raised by the JobMarket contract.
type JobMarketBiddingClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BiddingClosed()
func JobMarketBiddingClosedErrorID() common.Hash {
	return common.HexToHash("0x8083ad0355a1ab8aea24e78281218e5de2a0f40dc309f404fcae80763b143282")
}

// UnpackBiddingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BiddingClosed()
func (jobMarket *JobMarket) UnpackBiddingClosedError(raw []byte) (*JobMarketBiddingClosed, error) {
	out := new(JobMarketBiddingClosed)
	if err := jobMarket.abi.UnpackIntoInterface(out, "BiddingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketBudgetTooSmall represents a BudgetTooSmall error raised by the JobMarket contract.
type JobMarketBudgetTooSmall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BudgetTooSmall()
func JobMarketBudgetTooSmallErrorID() common.Hash {
	return common.HexToHash("0x7f929651f79104fa2220d2872259119653fc10d29e4df103d9ea744c18d493f9")
}

// UnpackBudgetTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BudgetTooSmall()
func (jobMarket *JobMarket) UnpackBudgetTooSmallError(raw []byte) (*JobMarketBudgetTooSmall, error) {
	out := new(JobMarketBudgetTooSmall)
	if err := jobMarket.abi.UnpackIntoInterface(out, "BudgetTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketChallengeWindowClosed represents a ChallengeWindowClosed error raised by the JobMarket contract.
type JobMarketChallengeWindowClosed struct {
	ChallengeEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint64 challengeEnd)
func JobMarketChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x7080c4c81e1570ed1f4d2a59daedc7d703b9ed94fa730af016994a53f63ecdd4")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint64 challengeEnd)
func (jobMarket *JobMarket) UnpackChallengeWindowClosedError(raw []byte) (*JobMarketChallengeWindowClosed, error) {
	out := new(JobMarketChallengeWindowClosed)
	if err := jobMarket.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketDeadlinePassed represents a DeadlinePassed error raised by the JobMarket contract.
type JobMarketDeadlinePassed struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func JobMarketDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6768091307d5da213ba3ac1392311a935d1607f1020232ee01d118de33b68661")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func (jobMarket *JobMarket) UnpackDeadlinePassedError(raw []byte) (*JobMarketDeadlinePassed, error) {
	out := new(JobMarketDeadlinePassed)
	if err := jobMarket.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketDisputeOpen represents a DisputeOpen error raised by the JobMarket contract.
type JobMarketDisputeOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeOpen()
func JobMarketDisputeOpenErrorID() common.Hash {
	return common.HexToHash("0xf321c1a3f95db55875b94fd8a3c930b4387a243902415adbef2d8c5953ee1c45")
}

// UnpackDisputeOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeOpen()
func (jobMarket *JobMarket) UnpackDisputeOpenError(raw []byte) (*JobMarketDisputeOpen, error) {
	out := new(JobMarketDisputeOpen)
	if err := jobMarket.abi.UnpackIntoInterface(out, "DisputeOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketNoBid represents a NoBid error raised by the JobMarket contract.
type JobMarketNoBid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBid()
func JobMarketNoBidErrorID() common.Hash {
	return common.HexToHash("0x26ca1de21c52e18734eea2bb1b50453ba167f876796ac8558bafc5dd1c7a3b24")
}

// UnpackNoBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBid()
func (jobMarket *JobMarket) UnpackNoBidError(raw []byte) (*JobMarketNoBid, error) {
	out := new(JobMarketNoBid)
	if err := jobMarket.abi.UnpackIntoInterface(out, "NoBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketNoOpenDispute represents a NoOpenDispute error raised by the JobMarket contract.
type JobMarketNoOpenDispute struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOpenDispute()
func JobMarketNoOpenDisputeErrorID() common.Hash {
	return common.HexToHash("0xb2c106c1bdd1bcd0538f6985e4af9dbda6b10a5a8128e37aab09a1f0308e33c7")
}

// UnpackNoOpenDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOpenDispute()
func (jobMarket *JobMarket) UnpackNoOpenDisputeError(raw []byte) (*JobMarketNoOpenDispute, error) {
	out := new(JobMarketNoOpenDispute)
	if err := jobMarket.abi.UnpackIntoInterface(out, "NoOpenDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketNotDisputeManager represents a NotDisputeManager error raised by the JobMarket contract.
type JobMarketNotDisputeManager struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputeManager()
func JobMarketNotDisputeManagerErrorID() common.Hash {
	return common.HexToHash("0x7150f1b806b513574c88ebfab663627ac4a32dfd0ece16bce71d0a06f8c94239")
}

// UnpackNotDisputeManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputeManager()
func (jobMarket *JobMarket) UnpackNotDisputeManagerError(raw []byte) (*JobMarketNotDisputeManager, error) {
	out := new(JobMarketNotDisputeManager)
	if err := jobMarket.abi.UnpackIntoInterface(out, "NotDisputeManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketNotSolver represents a NotSolver error raised by the JobMarket contract.
type JobMarketNotSolver struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSolver()
func JobMarketNotSolverErrorID() common.Hash {
	return common.HexToHash("0xc139eabd1a4f258a1bb0bfdf8d80b8fb8155b7a1621f556f1b0e09968920c78d")
}

// UnpackNotSolverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSolver()
func (jobMarket *JobMarket) UnpackNotSolverError(raw []byte) (*JobMarketNotSolver, error) {
	out := new(JobMarketNotSolver)
	if err := jobMarket.abi.UnpackIntoInterface(out, "NotSolver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketNotSubmitter represents a NotSubmitter error raised by the JobMarket contract.
type JobMarketNotSubmitter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubmitter()
func JobMarketNotSubmitterErrorID() common.Hash {
	return common.HexToHash("0xc54468844a8e74bd8b093fc850800ed8f8048a67fab2713d63196574dad21ba4")
}

// UnpackNotSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubmitter()
func (jobMarket *JobMarket) UnpackNotSubmitterError(raw []byte) (*JobMarketNotSubmitter, error) {
	out := new(JobMarketNotSubmitter)
	if err := jobMarket.abi.UnpackIntoInterface(out, "NotSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketNothingToClaim represents a NothingToClaim error raised by the JobMarket contract.
type JobMarketNothingToClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim()
func JobMarketNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x969bf7288f744225521096ebffff657851af77dd4c63700d76b8d1cf6481d1f1")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim()
func (jobMarket *JobMarket) UnpackNothingToClaimError(raw []byte) (*JobMarketNothingToClaim, error) {
	out := new(JobMarketNothingToClaim)
	if err := jobMarket.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketNothingToPoke represents a NothingToPoke error raised by the JobMarket contract.
type JobMarketNothingToPoke struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToPoke()
func JobMarketNothingToPokeErrorID() common.Hash {
	return common.HexToHash("0x637675ff3dd0f91254b2b19dd7b46df1f0ec6d68fae86c6ded695e35c00bf5ea")
}

// UnpackNothingToPokeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToPoke()
func (jobMarket *JobMarket) UnpackNothingToPokeError(raw []byte) (*JobMarketNothingToPoke, error) {
	out := new(JobMarketNothingToPoke)
	if err := jobMarket.abi.UnpackIntoInterface(out, "NothingToPoke", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the JobMarket contract.
type JobMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func JobMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (jobMarket *JobMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*JobMarketReentrancyGuardReentrantCall, error) {
	out := new(JobMarketReentrancyGuardReentrantCall)
	if err := jobMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the JobMarket contract.
type JobMarketSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func JobMarketSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (jobMarket *JobMarket) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*JobMarketSafeCastOverflowedUintDowncast, error) {
	out := new(JobMarketSafeCastOverflowedUintDowncast)
	if err := jobMarket.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the JobMarket contract.
type JobMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func JobMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (jobMarket *JobMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*JobMarketSafeERC20FailedOperation, error) {
	out := new(JobMarketSafeERC20FailedOperation)
	if err := jobMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketTooEarly represents a TooEarly error raised by the JobMarket contract.
type JobMarketTooEarly struct {
	ReadyAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint256 readyAt)
func JobMarketTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x2a35a3246d5070e2b118858c24c2c4d23eaebe645b92ab746b92dd600c35a9d7")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint256 readyAt)
func (jobMarket *JobMarket) UnpackTooEarlyError(raw []byte) (*JobMarketTooEarly, error) {
	out := new(JobMarketTooEarly)
	if err := jobMarket.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketTooManyDisputes represents a TooManyDisputes error raised by the JobMarket contract.
type JobMarketTooManyDisputes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyDisputes()
func JobMarketTooManyDisputesErrorID() common.Hash {
	return common.HexToHash("0x47edadb304d661a7f42b442af6c586a061eff2cdc4d80ca5e6b7c5d9065b7f5c")
}

// UnpackTooManyDisputesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyDisputes()
func (jobMarket *JobMarket) UnpackTooManyDisputesError(raw []byte) (*JobMarketTooManyDisputes, error) {
	out := new(JobMarketTooManyDisputes)
	if err := jobMarket.abi.UnpackIntoInterface(out, "TooManyDisputes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketWrongAttempt represents a WrongAttempt error raised by the JobMarket contract.
type JobMarketWrongAttempt struct {
	Current uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongAttempt(uint16 current)
func JobMarketWrongAttemptErrorID() common.Hash {
	return common.HexToHash("0x0062cf99e90af1f63d853c30c4c0336e14b1bdd15606c1580223623fc9297aaa")
}

// UnpackWrongAttemptError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongAttempt(uint16 current)
func (jobMarket *JobMarket) UnpackWrongAttemptError(raw []byte) (*JobMarketWrongAttempt, error) {
	out := new(JobMarketWrongAttempt)
	if err := jobMarket.abi.UnpackIntoInterface(out, "WrongAttempt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketWrongJobState represents a WrongJobState error raised by the JobMarket contract.
type JobMarketWrongJobState struct {
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongJobState(uint8 state)
func JobMarketWrongJobStateErrorID() common.Hash {
	return common.HexToHash("0x0ee9129861ddcd018d4e1b5f8c84e6715f33b5951bf58b7a02d9231b5847ba8d")
}

// UnpackWrongJobStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongJobState(uint8 state)
func (jobMarket *JobMarket) UnpackWrongJobStateError(raw []byte) (*JobMarketWrongJobState, error) {
	out := new(JobMarketWrongJobState)
	if err := jobMarket.abi.UnpackIntoInterface(out, "WrongJobState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketWrongRound represents a WrongRound error raised by the JobMarket contract.
type JobMarketWrongRound struct {
	Current uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint16 current)
func JobMarketWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x3e42d8a86ae6dc1bba7966d765125d9adcc4df20a0ac202da01b6b5b525c03fa")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint16 current)
func (jobMarket *JobMarket) UnpackWrongRoundError(raw []byte) (*JobMarketWrongRound, error) {
	out := new(JobMarketWrongRound)
	if err := jobMarket.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketWrongShardState represents a WrongShardState error raised by the JobMarket contract.
type JobMarketWrongShardState struct {
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongShardState(uint8 state)
func JobMarketWrongShardStateErrorID() common.Hash {
	return common.HexToHash("0x9bf9312c1a2749318ab858375f5d6fc6233ec3ebacde93c59b9704dd01bbd589")
}

// UnpackWrongShardStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongShardState(uint8 state)
func (jobMarket *JobMarket) UnpackWrongShardStateError(raw []byte) (*JobMarketWrongShardState, error) {
	out := new(JobMarketWrongShardState)
	if err := jobMarket.abi.UnpackIntoInterface(out, "WrongShardState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketZeroAddress represents a ZeroAddress error raised by the JobMarket contract.
type JobMarketZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func JobMarketZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (jobMarket *JobMarket) UnpackZeroAddressError(raw []byte) (*JobMarketZeroAddress, error) {
	out := new(JobMarketZeroAddress)
	if err := jobMarket.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobMarketZeroRoot represents a ZeroRoot error raised by the JobMarket contract.
type JobMarketZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func JobMarketZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (jobMarket *JobMarket) UnpackZeroRootError(raw []byte) (*JobMarketZeroRoot, error) {
	out := new(JobMarketZeroRoot)
	if err := jobMarket.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingMetaData contains all meta data concerning the Staking contract.
var StakingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientAvailableStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientLockedStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RewardExceedsAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotElapsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Bonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputeManager\",\"type\":\"address\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnbondCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingReleaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"availableOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"disputeManager_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"lock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockedBy\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"slash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStaked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unlock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Staking",
	Bin: "0x60e0346100e557601f610f1e38819003918201601f19168301916001600160401b038311848410176100e95780849260409485528339810103126100e55780516001600160a01b038116918282036100e55760200151916001600160401b038316908184036100e557156100d6576301e13380106100c75760805260a0523360c052604051610e2090816100fe82396080518181816101d8015281816103b90152610a9b015260a05181818161027801526106c8015260c0518181816102b101526109370152f35b632b11ea0760e21b5f5260045ffd5b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c908163158ef93e14610c2357508063282d3fdf14610b115780633ccfd60b146109fd578063485cc955146109145780634be9fd9f1461079157806354f63b141461062d57806366cd9946146105dd57806373f42561146105c05780637eee288d146105245780638086b8ba146104b557806380f556051461048e578063817b1cd2146104715780639940686e14610326578063d546da90146102e0578063d5f394881461029c578063db7dd35a14610258578063e7fa9f7d1461022f578063f544c3a614610207578063fc0c546a146101c35763fe40c4bf146100f8575f80fd5b346101bf575f3660031901126101bf57610110610ccb565b335f52600460205260405f2060018101906001600160801b038254169182156101b05780546001600160c01b031916905580546001600160801b03906101629061015d9085908416610c9e565b610d99565b166001600160801b03198254161790556040519081527ff33767626091043909885e3e35c2fe9cec799e80df2ad7203360094d89c74fbd60203392a25f5f516020610dcb5f395f51905f525d005b63098ae75d60e21b5f5260045ffd5b5f80fd5b346101bf575f3660031901126101bf576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101bf575f3660031901126101bf576001546040516001600160a01b039091168152602090f35b346101bf575f3660031901126101bf57602061025060025460035490610c9e565b604051908152f35b346101bf575f3660031901126101bf57602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101bf575f3660031901126101bf576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101bf5760203660031901126101bf576001600160a01b03610301610c45565b165f526004602052602061025060405f20546001600160801b038160801c9116610c71565b346101bf5760203660031901126101bf57600435610342610ccb565b801561046257335f52600460205260405f206001600160801b0361036c61015d8483855416610c9e565b166001600160801b031982541617905561038881600254610c9e565b6002556040518181527fd0a009034e24a39106653c4903cf28b1947b8a9964d03206648e0f0a5de74a4660203392a27f000000000000000000000000000000000000000000000000000000000000000090604051906323b872dd60e01b5f52336004523060245260445260205f60648180865af19060015f5114821615610442575b5015610422575f5f516020610dcb5f395f51905f525d005b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b600182151661045a5750813b15153d1516168261040a565b3d5f823e3d90fd5b631f2a200560e01b5f5260045ffd5b346101bf575f3660031901126101bf576020600254604051908152f35b346101bf575f3660031901126101bf575f546040516001600160a01b039091168152602090f35b346101bf5760203660031901126101bf576001600160a01b036104d6610c45565b165f526004602052608060405f2067ffffffffffffffff60018254920154604051926001600160801b0381168452841c60208401526001600160801b0381166040840152831c166060820152f35b346101bf5760403660031901126101bf5761053d610c45565b6024359060018060a01b035f5416331415806105ab575b61059c576105628282610d00565b6040519182526001600160a01b03169033907fe6e0ef9cd056ca98561ca60e347ada61e1ede2f1142a078951b7a52e1e508e6090602090a3005b631f0853c160e21b5f5260045ffd5b506001546001600160a01b0316331415610554565b346101bf575f3660031901126101bf576020600354604051908152f35b346101bf5760403660031901126101bf576105f6610c45565b6105fe610c5b565b6001600160a01b039182165f908152600560209081526040808320949093168252928352819020549051908152f35b346101bf5760203660031901126101bf57600435610649610ccb565b801561046257335f52600460205260405f208054906106756001600160801b0383169260801c83610c71565b80841161077a57506106ad60016001600160801b0392836106998188168097610cab565b168419825416178155019282845416610c7e565b166001600160801b031982541617815567ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001667ffffffffffffffff42160167ffffffffffffffff8111610766578167ffffffffffffffff92548360801b8360801b16908460801b19161790556040519283521660208201527fac526a10172f0bbd1328fce8b1172f31af97437a814307d519c9d755b39efa8c60403392a25f5f516020610dcb5f395f51905f525d005b634e487b7160e01b5f52601160045260245ffd5b839063503a9fa360e11b5f5260045260245260445ffd5b346101bf5760803660031901126101bf576107aa610c45565b6044356001600160a01b0381169190602435908390036101bf5760643560018060a01b035f5416331415806108ff575b61059c578181116108f0578015159283806108e8575b6108d9576107fe8382610d00565b60018060a01b031692835f52600460205260405f206001600160801b0361082a81861682845416610cab565b166001600160801b03198254161790556108a0575b6108498183610c71565b9061085682600254610c71565b60025561086582600354610c9e565b600355604051928352602083015260408201527f94227450c58d4af9a5873737489576cf9bd964e0ea53bcf501ac0fdd9856ad1160603392a4005b835f52600460205260405f206001600160801b036108c461015d8483855416610c9e565b166001600160801b031982541617905561083f565b63d92e233d60e01b5f5260045ffd5b5084156107f0565b637a82731960e01b5f5260045ffd5b506001546001600160a01b03163314156107da565b346101bf5760403660031901126101bf5761092d610c45565b610935610c5b565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036109ee576001549160ff8360a01c166109e0576001600160a01b03169081156108d9575f80546001600160a01b031916831781556001600160a81b03199093166001600160a01b0391909116908117600160a01b17600155917f3cd5ec01b1ae7cfec6ca1863e2cd6aa25d6d1702825803ff2b7cc95010fffdc29080a3005b62dc149f60e41b5f5260045ffd5b638b906c9760e01b5f5260045ffd5b346101bf575f3660031901126101bf57610a15610ccb565b335f526004602052600160405f20018054906001600160801b0382169182156101b05767ffffffffffffffff9060801c16804210610aff575080546001600160c01b0319169055600254610a6a908290610c71565b6002556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a27f0000000000000000000000000000000000000000000000000000000000000000906040519063a9059cbb60e01b5f523360045260245260205f60448180865af19060015f5114821615610442575015610422575f5f516020610dcb5f395f51905f525d005b63079b3d2f60e51b5f5260045260245ffd5b346101bf5760403660031901126101bf57610b2a610c45565b6024359060018060a01b035f541633141580610c0e575b61059c5760018060a01b031690815f52600460205260405f206001600160801b03610b7482548060801c92839116610c71565b80841161077a575090610b94610bbd926001600160801b03851690610c7e565b81546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff1916179055565b335f52600560205260405f20825f5260205260405f20610bde828254610c9e565b90556040519081527f989eaa915cbb416ea3d6f9a63b1a3de51770c7674b11fe21ecdf76b4e1d1391060203392a3005b506001546001600160a01b0316331415610b41565b346101bf575f3660031901126101bf5760209060ff60015460a01c1615158152f35b600435906001600160a01b03821682036101bf57565b602435906001600160a01b03821682036101bf57565b9190820391821161076657565b906001600160801b03809116911601906001600160801b03821161076657565b9190820180921161076657565b906001600160801b03809116911603906001600160801b03821161076657565b5f516020610dcb5f395f51905f525c610cf15760015f516020610dcb5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b9190335f52600560205260405f2060018060a01b0384165f5260205260405f205492838211610d8257610d3782610d809495610c71565b335f52600560205260405f2060018060a01b0383165f5260205260405f205560018060a01b03165f526004602052610b946001600160801b0360405f209216825460801c610cab565b565b5082631d24e27f60e11b5f5260045260245260445ffd5b6001600160801b038111610db3576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220ce054ab93382eeb4b0b627234f56828c19d07d0e6cf88d26194beeae6dfff61f64736f6c63430008250033",
}

// Staking is an auto generated Go binding around an Ethereum contract.
type Staking struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Staking) GetABI() abi.ABI {
	return c.abi
}

// NewStaking creates a new instance of Staking.
func NewStaking() *Staking {
	parsed, err := StakingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Staking{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Staking) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, uint64 unbondingDelay_) returns()
func (staking *Staking) PackConstructor(token_ common.Address, unbondingDelay_ uint64) []byte {
	enc, err := staking.abi.Pack("", token_, unbondingDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(address account) view returns(uint256 bonded, uint256 locked, uint256 unbonding, uint64 unbondingReleaseAt)
func (staking *Staking) PackAccountOf(account common.Address) []byte {
	enc, err := staking.abi.Pack("accountOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(address account) view returns(uint256 bonded, uint256 locked, uint256 unbonding, uint64 unbondingReleaseAt)
func (staking *Staking) TryPackAccountOf(account common.Address) ([]byte, error) {
	return staking.abi.Pack("accountOf", account)
}

// AccountOfOutput serves as a container for the return parameters of contract
// method AccountOf.
type AccountOfOutput struct {
	Bonded             *big.Int
	Locked             *big.Int
	Unbonding          *big.Int
	UnbondingReleaseAt uint64
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8086b8ba.
//
// Solidity: function accountOf(address account) view returns(uint256 bonded, uint256 locked, uint256 unbonding, uint64 unbondingReleaseAt)
func (staking *Staking) UnpackAccountOf(data []byte) (AccountOfOutput, error) {
	out, err := staking.abi.Unpack("accountOf", data)
	outstruct := new(AccountOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Bonded = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Locked = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Unbonding = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UnbondingReleaseAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackAvailableOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd546da90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function availableOf(address account) view returns(uint256)
func (staking *Staking) PackAvailableOf(account common.Address) []byte {
	enc, err := staking.abi.Pack("availableOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvailableOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd546da90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function availableOf(address account) view returns(uint256)
func (staking *Staking) TryPackAvailableOf(account common.Address) ([]byte, error) {
	return staking.abi.Pack("availableOf", account)
}

// UnpackAvailableOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd546da90.
//
// Solidity: function availableOf(address account) view returns(uint256)
func (staking *Staking) UnpackAvailableOf(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("availableOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9940686e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond(uint256 amount) returns()
func (staking *Staking) PackBond(amount *big.Int) []byte {
	enc, err := staking.abi.Pack("bond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9940686e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond(uint256 amount) returns()
func (staking *Staking) TryPackBond(amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("bond", amount)
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (staking *Staking) PackBurned() []byte {
	enc, err := staking.abi.Pack("burned")
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
func (staking *Staking) TryPackBurned() ([]byte, error) {
	return staking.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (staking *Staking) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe40c4bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelUnbond() returns()
func (staking *Staking) PackCancelUnbond() []byte {
	enc, err := staking.abi.Pack("cancelUnbond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe40c4bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelUnbond() returns()
func (staking *Staking) TryPackCancelUnbond() ([]byte, error) {
	return staking.abi.Pack("cancelUnbond")
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (staking *Staking) PackDeployer() []byte {
	enc, err := staking.abi.Pack("deployer")
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
func (staking *Staking) TryPackDeployer() ([]byte, error) {
	return staking.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (staking *Staking) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDisputeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf544c3a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeManager() view returns(address)
func (staking *Staking) PackDisputeManager() []byte {
	enc, err := staking.abi.Pack("disputeManager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf544c3a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeManager() view returns(address)
func (staking *Staking) TryPackDisputeManager() ([]byte, error) {
	return staking.abi.Pack("disputeManager")
}

// UnpackDisputeManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf544c3a6.
//
// Solidity: function disputeManager() view returns(address)
func (staking *Staking) UnpackDisputeManager(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("disputeManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address market_, address disputeManager_) returns()
func (staking *Staking) PackInitialize(market common.Address, disputeManager common.Address) []byte {
	enc, err := staking.abi.Pack("initialize", market, disputeManager)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address market_, address disputeManager_) returns()
func (staking *Staking) TryPackInitialize(market common.Address, disputeManager common.Address) ([]byte, error) {
	return staking.abi.Pack("initialize", market, disputeManager)
}

// PackInitialized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158ef93e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialized() view returns(bool)
func (staking *Staking) PackInitialized() []byte {
	enc, err := staking.abi.Pack("initialized")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158ef93e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialized() view returns(bool)
func (staking *Staking) TryPackInitialized() ([]byte, error) {
	return staking.abi.Pack("initialized")
}

// UnpackInitialized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158ef93e.
//
// Solidity: function initialized() view returns(bool)
func (staking *Staking) UnpackInitialized(data []byte) (bool, error) {
	out, err := staking.abi.Unpack("initialized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x282d3fdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lock(address account, uint256 amount) returns()
func (staking *Staking) PackLock(account common.Address, amount *big.Int) []byte {
	enc, err := staking.abi.Pack("lock", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x282d3fdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lock(address account, uint256 amount) returns()
func (staking *Staking) TryPackLock(account common.Address, amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("lock", account, amount)
}

// PackLockedBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66cd9946.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockedBy(address operator, address account) view returns(uint256)
func (staking *Staking) PackLockedBy(operator common.Address, account common.Address) []byte {
	enc, err := staking.abi.Pack("lockedBy", operator, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockedBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66cd9946.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockedBy(address operator, address account) view returns(uint256)
func (staking *Staking) TryPackLockedBy(operator common.Address, account common.Address) ([]byte, error) {
	return staking.abi.Pack("lockedBy", operator, account)
}

// UnpackLockedBy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66cd9946.
//
// Solidity: function lockedBy(address operator, address account) view returns(uint256)
func (staking *Staking) UnpackLockedBy(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("lockedBy", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (staking *Staking) PackMarket() []byte {
	enc, err := staking.abi.Pack("market")
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
func (staking *Staking) TryPackMarket() ([]byte, error) {
	return staking.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (staking *Staking) UnpackMarket(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (staking *Staking) PackRequestUnbond(amount *big.Int) []byte {
	enc, err := staking.abi.Pack("requestUnbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (staking *Staking) TryPackRequestUnbond(amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("requestUnbond", amount)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4be9fd9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address account, uint256 amount, address recipient, uint256 reward) returns()
func (staking *Staking) PackSlash(account common.Address, amount *big.Int, recipient common.Address, reward *big.Int) []byte {
	enc, err := staking.abi.Pack("slash", account, amount, recipient, reward)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4be9fd9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address account, uint256 amount, address recipient, uint256 reward) returns()
func (staking *Staking) TryPackSlash(account common.Address, amount *big.Int, recipient common.Address, reward *big.Int) ([]byte, error) {
	return staking.abi.Pack("slash", account, amount, recipient, reward)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (staking *Staking) PackToken() []byte {
	enc, err := staking.abi.Pack("token")
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
func (staking *Staking) TryPackToken() ([]byte, error) {
	return staking.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (staking *Staking) UnpackToken(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalOwed() view returns(uint256)
func (staking *Staking) PackTotalOwed() []byte {
	enc, err := staking.abi.Pack("totalOwed")
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
func (staking *Staking) TryPackTotalOwed() ([]byte, error) {
	return staking.abi.Pack("totalOwed")
}

// UnpackTotalOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7fa9f7d.
//
// Solidity: function totalOwed() view returns(uint256)
func (staking *Staking) UnpackTotalOwed(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("totalOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalStaked() view returns(uint256)
func (staking *Staking) PackTotalStaked() []byte {
	enc, err := staking.abi.Pack("totalStaked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalStaked() view returns(uint256)
func (staking *Staking) TryPackTotalStaked() ([]byte, error) {
	return staking.abi.Pack("totalStaked")
}

// UnpackTotalStaked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x817b1cd2.
//
// Solidity: function totalStaked() view returns(uint256)
func (staking *Staking) UnpackTotalStaked(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("totalStaked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (staking *Staking) PackUnbondingDelay() []byte {
	enc, err := staking.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (staking *Staking) TryPackUnbondingDelay() ([]byte, error) {
	return staking.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (staking *Staking) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUnlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eee288d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlock(address account, uint256 amount) returns()
func (staking *Staking) PackUnlock(account common.Address, amount *big.Int) []byte {
	enc, err := staking.abi.Pack("unlock", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eee288d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlock(address account, uint256 amount) returns()
func (staking *Staking) TryPackUnlock(account common.Address, amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("unlock", account, amount)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (staking *Staking) PackWithdraw() []byte {
	enc, err := staking.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (staking *Staking) TryPackWithdraw() ([]byte, error) {
	return staking.abi.Pack("withdraw")
}

// StakingBonded represents a Bonded event raised by the Staking contract.
type StakingBonded struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingBondedEventName = "Bonded"

// ContractEventName returns the user-defined event name.
func (StakingBonded) ContractEventName() string {
	return StakingBondedEventName
}

// UnpackBondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bonded(address indexed account, uint256 amount)
func (staking *Staking) UnpackBondedEvent(log *types.Log) (*StakingBonded, error) {
	event := "Bonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingBonded)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingInitialized represents a Initialized event raised by the Staking contract.
type StakingInitialized struct {
	Market         common.Address
	DisputeManager common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const StakingInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (StakingInitialized) ContractEventName() string {
	return StakingInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(address indexed market, address indexed disputeManager)
func (staking *Staking) UnpackInitializedEvent(log *types.Log) (*StakingInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingInitialized)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingLocked represents a Locked event raised by the Staking contract.
type StakingLocked struct {
	Operator common.Address
	Account  common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakingLockedEventName = "Locked"

// ContractEventName returns the user-defined event name.
func (StakingLocked) ContractEventName() string {
	return StakingLockedEventName
}

// UnpackLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Locked(address indexed operator, address indexed account, uint256 amount)
func (staking *Staking) UnpackLockedEvent(log *types.Log) (*StakingLocked, error) {
	event := "Locked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingLocked)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingSlashed represents a Slashed event raised by the Staking contract.
type StakingSlashed struct {
	Operator  common.Address
	Account   common.Address
	Amount    *big.Int
	Recipient common.Address
	Reward    *big.Int
	Burned    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const StakingSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (StakingSlashed) ContractEventName() string {
	return StakingSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed operator, address indexed account, uint256 amount, address indexed recipient, uint256 reward, uint256 burned)
func (staking *Staking) UnpackSlashedEvent(log *types.Log) (*StakingSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingSlashed)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingUnbondCancelled represents a UnbondCancelled event raised by the Staking contract.
type StakingUnbondCancelled struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingUnbondCancelledEventName = "UnbondCancelled"

// ContractEventName returns the user-defined event name.
func (StakingUnbondCancelled) ContractEventName() string {
	return StakingUnbondCancelledEventName
}

// UnpackUnbondCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondCancelled(address indexed account, uint256 amount)
func (staking *Staking) UnpackUnbondCancelledEvent(log *types.Log) (*StakingUnbondCancelled, error) {
	event := "UnbondCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnbondCancelled)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingUnbondRequested represents a UnbondRequested event raised by the Staking contract.
type StakingUnbondRequested struct {
	Account   common.Address
	Amount    *big.Int
	ReleaseAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const StakingUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (StakingUnbondRequested) ContractEventName() string {
	return StakingUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed account, uint256 amount, uint64 releaseAt)
func (staking *Staking) UnpackUnbondRequestedEvent(log *types.Log) (*StakingUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnbondRequested)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingUnlocked represents a Unlocked event raised by the Staking contract.
type StakingUnlocked struct {
	Operator common.Address
	Account  common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakingUnlockedEventName = "Unlocked"

// ContractEventName returns the user-defined event name.
func (StakingUnlocked) ContractEventName() string {
	return StakingUnlockedEventName
}

// UnpackUnlockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unlocked(address indexed operator, address indexed account, uint256 amount)
func (staking *Staking) UnpackUnlockedEvent(log *types.Log) (*StakingUnlocked, error) {
	event := "Unlocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnlocked)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingWithdrawn represents a Withdrawn event raised by the Staking contract.
type StakingWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (StakingWithdrawn) ContractEventName() string {
	return StakingWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (staking *Staking) UnpackWithdrawnEvent(log *types.Log) (*StakingWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingWithdrawn)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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
func (staking *Staking) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], staking.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return staking.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["DelayTooLong"].ID.Bytes()[:4]) {
		return staking.UnpackDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InsufficientAvailableStake"].ID.Bytes()[:4]) {
		return staking.UnpackInsufficientAvailableStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InsufficientLockedStake"].ID.Bytes()[:4]) {
		return staking.UnpackInsufficientLockedStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return staking.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return staking.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NothingUnbonding"].ID.Bytes()[:4]) {
		return staking.UnpackNothingUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return staking.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["RewardExceedsAmount"].ID.Bytes()[:4]) {
		return staking.UnpackRewardExceedsAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return staking.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return staking.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["UnbondingNotElapsed"].ID.Bytes()[:4]) {
		return staking.UnpackUnbondingNotElapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return staking.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return staking.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StakingAlreadyInitialized represents a AlreadyInitialized error raised by the Staking contract.
type StakingAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func StakingAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (staking *Staking) UnpackAlreadyInitializedError(raw []byte) (*StakingAlreadyInitialized, error) {
	out := new(StakingAlreadyInitialized)
	if err := staking.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingDelayTooLong represents a DelayTooLong error raised by the Staking contract.
type StakingDelayTooLong struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayTooLong()
func StakingDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0xac47a81c262a646bde9ed29bb5a7710e64f1b20bb88b84eca7fc92cc868e4ab1")
}

// UnpackDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayTooLong()
func (staking *Staking) UnpackDelayTooLongError(raw []byte) (*StakingDelayTooLong, error) {
	out := new(StakingDelayTooLong)
	if err := staking.abi.UnpackIntoInterface(out, "DelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInsufficientAvailableStake represents a InsufficientAvailableStake error raised by the Staking contract.
type StakingInsufficientAvailableStake struct {
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAvailableStake(uint256 available, uint256 needed)
func StakingInsufficientAvailableStakeErrorID() common.Hash {
	return common.HexToHash("0xa0753f4643643ac034e9d7e852d002c14c9c776bf39822081cd7177e40681ff2")
}

// UnpackInsufficientAvailableStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAvailableStake(uint256 available, uint256 needed)
func (staking *Staking) UnpackInsufficientAvailableStakeError(raw []byte) (*StakingInsufficientAvailableStake, error) {
	out := new(StakingInsufficientAvailableStake)
	if err := staking.abi.UnpackIntoInterface(out, "InsufficientAvailableStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInsufficientLockedStake represents a InsufficientLockedStake error raised by the Staking contract.
type StakingInsufficientLockedStake struct {
	Locked *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLockedStake(uint256 locked, uint256 needed)
func StakingInsufficientLockedStakeErrorID() common.Hash {
	return common.HexToHash("0x3a49c4fec3d461d86decbcabb9606f84a596ba4b6ad8ee52ce1dd9944001311d")
}

// UnpackInsufficientLockedStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLockedStake(uint256 locked, uint256 needed)
func (staking *Staking) UnpackInsufficientLockedStakeError(raw []byte) (*StakingInsufficientLockedStake, error) {
	out := new(StakingInsufficientLockedStake)
	if err := staking.abi.UnpackIntoInterface(out, "InsufficientLockedStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNotDeployer represents a NotDeployer error raised by the Staking contract.
type StakingNotDeployer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer()
func StakingNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x8b906c9700ab2b52dbac68ba97746b76f841c655b82cbeaeb4a267404c6dd944")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer()
func (staking *Staking) UnpackNotDeployerError(raw []byte) (*StakingNotDeployer, error) {
	out := new(StakingNotDeployer)
	if err := staking.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNotOperator represents a NotOperator error raised by the Staking contract.
type StakingNotOperator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator()
func StakingNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x7c214f0474e418b49066b523b4b4fdaaeed28f6f33b3f87920010fb4856b27c9")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator()
func (staking *Staking) UnpackNotOperatorError(raw []byte) (*StakingNotOperator, error) {
	out := new(StakingNotOperator)
	if err := staking.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNothingUnbonding represents a NothingUnbonding error raised by the Staking contract.
type StakingNothingUnbonding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingUnbonding()
func StakingNothingUnbondingErrorID() common.Hash {
	return common.HexToHash("0x262b9d748fda20db08b6aa78cd2783ad16f83036900561f929b0d4a942a89706")
}

// UnpackNothingUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingUnbonding()
func (staking *Staking) UnpackNothingUnbondingError(raw []byte) (*StakingNothingUnbonding, error) {
	out := new(StakingNothingUnbonding)
	if err := staking.abi.UnpackIntoInterface(out, "NothingUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Staking contract.
type StakingReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func StakingReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (staking *Staking) UnpackReentrancyGuardReentrantCallError(raw []byte) (*StakingReentrancyGuardReentrantCall, error) {
	out := new(StakingReentrancyGuardReentrantCall)
	if err := staking.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRewardExceedsAmount represents a RewardExceedsAmount error raised by the Staking contract.
type StakingRewardExceedsAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardExceedsAmount()
func StakingRewardExceedsAmountErrorID() common.Hash {
	return common.HexToHash("0x7a827319cbb088207241d814c54a0ccc2259e4e8abe6f02c98969c5f4d2da580")
}

// UnpackRewardExceedsAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardExceedsAmount()
func (staking *Staking) UnpackRewardExceedsAmountError(raw []byte) (*StakingRewardExceedsAmount, error) {
	out := new(StakingRewardExceedsAmount)
	if err := staking.abi.UnpackIntoInterface(out, "RewardExceedsAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Staking contract.
type StakingSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func StakingSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (staking *Staking) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*StakingSafeCastOverflowedUintDowncast, error) {
	out := new(StakingSafeCastOverflowedUintDowncast)
	if err := staking.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Staking contract.
type StakingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func StakingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (staking *Staking) UnpackSafeERC20FailedOperationError(raw []byte) (*StakingSafeERC20FailedOperation, error) {
	out := new(StakingSafeERC20FailedOperation)
	if err := staking.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingUnbondingNotElapsed represents a UnbondingNotElapsed error raised by the Staking contract.
type StakingUnbondingNotElapsed struct {
	ReleaseAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotElapsed(uint64 releaseAt)
func StakingUnbondingNotElapsedErrorID() common.Hash {
	return common.HexToHash("0xf367a5e0722a404e4100583b86c6812e33eec65ba1492b0241c1570398512ca2")
}

// UnpackUnbondingNotElapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotElapsed(uint64 releaseAt)
func (staking *Staking) UnpackUnbondingNotElapsedError(raw []byte) (*StakingUnbondingNotElapsed, error) {
	out := new(StakingUnbondingNotElapsed)
	if err := staking.abi.UnpackIntoInterface(out, "UnbondingNotElapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroAddress represents a ZeroAddress error raised by the Staking contract.
type StakingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func StakingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (staking *Staking) UnpackZeroAddressError(raw []byte) (*StakingZeroAddress, error) {
	out := new(StakingZeroAddress)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroAmount represents a ZeroAmount error raised by the Staking contract.
type StakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func StakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (staking *Staking) UnpackZeroAmountError(raw []byte) (*StakingZeroAmount, error) {
	out := new(StakingZeroAmount)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenMetaData contains all meta data concerning the TestToken contract.
var TestTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TestToken",
	Bin: "0x60806040523461033c57604080519081016001600160401b03811182821017610244576040908152601482527f76657269747261696e207465737420746f6b656e000000000000000000000000602083015280519081016001600160401b0381118282101761024457604052600381526215951560ea1b602082015281516001600160401b03811161024457600354600181811c91168015610332575b602082101461022657601f81116102c4575b50602092601f821160011461026357928192935f92610258575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161024457600454600181811c9116801561023a575b602082101461022657601f81116101b8575b50602091601f8211600114610158579181925f9261014d575b50508160011b915f199060031b1c1916176004555b6040516106a190816103418239f35b015190505f80610129565b601f1982169260045f52805f20915f5b8581106101a057508360019510610188575b505050811b0160045561013e565b01515f1960f88460031b161c191690555f808061017a565b91926020600181928685015181550194019201610168565b818111156101105760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020841061021e575b81601f9101920160051c03905f5b828110610211575050610110565b5f82820155600101610203565b5f91506101f5565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100fe565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c8565b601f1982169360035f52805f20915f5b8681106102ac5750836001959610610294575b505050811b016003556100dd565b01515f1960f88460031b161c191690555f8080610286565b91926020600181928685015181550194019201610273565b818111156100ae5760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b6020841061032a575b81601f9101920160051c03905f5b82811061031d5750506100ae565b5f8282015560010161030f565b5f9150610301565b90607f169061009c565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461049c57508063095ea7b31461041a57806318160ddd146103fd57806323b872dd1461031e578063313ce5671461030357806340c10f191461026157806370a082311461022a57806395d89b411461010f578063a9059cbb146100de5763dd62ed3e1461008a575f80fd5b346100da5760403660031901126100da576100a3610595565b6100ab6105ab565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b5f80fd5b346100da5760403660031901126100da576101046100fa610595565b60243590336105c1565b602060405160018152f35b346100da575f3660031901126100da576040515f6004548060011c90600181168015610220575b60208310811461020c578285529081156101f0575060011461019b575b50819003601f01601f191681019067ffffffffffffffff821181831017610187576101838291826040528261056b565b0390f35b634e487b7160e01b5f52604160045260245ffd5b905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5f905b8282106101da57506020915082010182610153565b60018160209254838588010152019101906101c5565b90506020925060ff191682840152151560051b82010182610153565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610136565b346100da5760203660031901126100da576001600160a01b0361024b610595565b165f525f602052602060405f2054604051908152f35b346100da5760403660031901126100da5761027a610595565b6001600160a01b031660243581156102f057600254908082018092116102dc5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b346100da575f3660031901126100da57602060405160128152f35b346100da5760603660031901126100da57610337610595565b61033f6105ab565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f19811061037d575b5061010493506105c1565b8381106103e25784156103cf5733156103bc57610104945f52600160205260405f2060018060a01b0333165f526020528360405f209103905584610372565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b346100da575f3660031901126100da576020600254604051908152f35b346100da5760403660031901126100da57610433610595565b6024359033156103cf576001600160a01b03169081156103bc57335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100da575f3660031901126100da575f6003548060011c90600181168015610561575b60208310811461020c578285529081156101f0575060011461050c5750819003601f01601f191681019067ffffffffffffffff821181831017610187576101838291826040528261056b565b905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5f905b82821061054b57506020915082010182610153565b6001816020925483858801015201910190610536565b91607f16916104c0565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100da57565b602435906001600160a01b03821682036100da57565b6001600160a01b0316908115610658576001600160a01b03169182156102f057815f525f60205260405f205481811061063f57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffdfea2646970667358221220d05b647b47d4dc56415520d1558414989d27decd1841a7d3e12f161c55de820064736f6c63430008250033",
}

// TestToken is an auto generated Go binding around an Ethereum contract.
type TestToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestToken) GetABI() abi.ABI {
	return c.abi
}

// NewTestToken creates a new instance of TestToken.
func NewTestToken() *TestToken {
	parsed, err := TestTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testToken *TestToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := testToken.abi.Pack("allowance", owner, spender)
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
func (testToken *TestToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return testToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testToken *TestToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("allowance", data)
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
func (testToken *TestToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := testToken.abi.Pack("approve", spender, value)
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
func (testToken *TestToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return testToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testToken *TestToken) UnpackApprove(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("approve", data)
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
func (testToken *TestToken) PackBalanceOf(account common.Address) []byte {
	enc, err := testToken.abi.Pack("balanceOf", account)
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
func (testToken *TestToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return testToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testToken *TestToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (testToken *TestToken) PackDecimals() []byte {
	enc, err := testToken.abi.Pack("decimals")
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
func (testToken *TestToken) TryPackDecimals() ([]byte, error) {
	return testToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testToken *TestToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testToken *TestToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testToken.abi.Pack("mint", to, amount)
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
func (testToken *TestToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testToken *TestToken) PackName() []byte {
	enc, err := testToken.abi.Pack("name")
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
func (testToken *TestToken) TryPackName() ([]byte, error) {
	return testToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testToken *TestToken) UnpackName(data []byte) (string, error) {
	out, err := testToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testToken *TestToken) PackSymbol() []byte {
	enc, err := testToken.abi.Pack("symbol")
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
func (testToken *TestToken) TryPackSymbol() ([]byte, error) {
	return testToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testToken *TestToken) UnpackSymbol(data []byte) (string, error) {
	out, err := testToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (testToken *TestToken) PackTotalSupply() []byte {
	enc, err := testToken.abi.Pack("totalSupply")
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
func (testToken *TestToken) TryPackTotalSupply() ([]byte, error) {
	return testToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testToken *TestToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("totalSupply", data)
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
func (testToken *TestToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := testToken.abi.Pack("transfer", to, value)
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
func (testToken *TestToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return testToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testToken *TestToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("transfer", data)
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
func (testToken *TestToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := testToken.abi.Pack("transferFrom", from, to, value)
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
func (testToken *TestToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return testToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testToken *TestToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestTokenApproval represents a Approval event raised by the TestToken contract.
type TestTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestTokenApproval) ContractEventName() string {
	return TestTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testToken *TestToken) UnpackApprovalEvent(log *types.Log) (*TestTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestTokenApproval)
	if len(log.Data) > 0 {
		if err := testToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testToken.abi.Events[event].Inputs {
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

// TestTokenTransfer represents a Transfer event raised by the TestToken contract.
type TestTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestTokenTransfer) ContractEventName() string {
	return TestTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testToken *TestToken) UnpackTransferEvent(log *types.Log) (*TestTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestTokenTransfer)
	if len(log.Data) > 0 {
		if err := testToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testToken.abi.Events[event].Inputs {
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
func (testToken *TestToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], testToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return testToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the TestToken contract.
type TestTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func TestTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (testToken *TestToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*TestTokenERC20InsufficientAllowance, error) {
	out := new(TestTokenERC20InsufficientAllowance)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the TestToken contract.
type TestTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func TestTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (testToken *TestToken) UnpackERC20InsufficientBalanceError(raw []byte) (*TestTokenERC20InsufficientBalance, error) {
	out := new(TestTokenERC20InsufficientBalance)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the TestToken contract.
type TestTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func TestTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (testToken *TestToken) UnpackERC20InvalidApproverError(raw []byte) (*TestTokenERC20InvalidApprover, error) {
	out := new(TestTokenERC20InvalidApprover)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the TestToken contract.
type TestTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func TestTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (testToken *TestToken) UnpackERC20InvalidReceiverError(raw []byte) (*TestTokenERC20InvalidReceiver, error) {
	out := new(TestTokenERC20InvalidReceiver)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the TestToken contract.
type TestTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func TestTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (testToken *TestToken) UnpackERC20InvalidSenderError(raw []byte) (*TestTokenERC20InvalidSender, error) {
	out := new(TestTokenERC20InvalidSender)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the TestToken contract.
type TestTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func TestTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (testToken *TestToken) UnpackERC20InvalidSpenderError(raw []byte) (*TestTokenERC20InvalidSpender, error) {
	out := new(TestTokenERC20InvalidSpender)
	if err := testToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
