// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title MaliciousToken: a hostile ERC-20 for tests (never deploy it for real)
/// @notice Mint is open. Two hostile behaviours:
/// - Reentrancy: once armed with a target and calldata, the next transfer whose sender or
///   recipient is `trigger` calls the target with that calldata from inside the token (as a
///   hostile token would, before the balances move), records whether the call succeeded and what
///   it returned, and then lets the transfer complete, so the outer operation can be checked for
///   double effects. The attack fires once per arming.
/// - Blocking: a transfer to an address marked with `setBlocked` reverts (as a token with a
///   blacklist does), to check that no payment can block an exit of the market.
contract MaliciousToken is ERC20 {
    address public trigger;
    address public target;
    bytes public payload;
    bool public attempted;
    bool public succeeded;
    bytes public returned;
    mapping(address => bool) public blocked;

    event Reentered(address indexed target, bool success, bytes returned);

    error Blocked(address to);

    constructor() ERC20("malicious token", "EVIL") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Calls `target_` from this contract, so that tests can make the token itself an
    /// account of the contracts under attack (a staker, a bidder).
    function execute(address target_, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = target_.call(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    /// @notice Arms the attack: on the next transfer from or to `trigger_`, call `target_` with `payload_`.
    function arm(address trigger_, address target_, bytes calldata payload_) external {
        trigger = trigger_;
        target = target_;
        payload = payload_;
        attempted = false;
        succeeded = false;
        delete returned;
    }

    function setBlocked(address account, bool isBlocked) external {
        blocked[account] = isBlocked;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[to]) revert Blocked(to);
        address t = target;
        if (t != address(0) && (from == trigger || to == trigger)) {
            target = address(0); // one shot, and no recursion
            (bool ok, bytes memory ret) = t.call(payload);
            attempted = true;
            succeeded = ok;
            returned = ret;
            emit Reentered(t, ok, ret);
        }
        super._update(from, to, value);
    }
}
