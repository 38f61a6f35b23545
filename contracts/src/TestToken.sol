// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestToken: the ERC-20 of the veritrain dev chain and tests
/// @notice A plain OpenZeppelin ERC-20 (18 decimals) whose `mint` is open to anyone, so that a dev
/// chain can fund any account without a privileged key. It has no value and must never be used
/// as the payment or stake token of a real deployment: the market and staking contracts accept
/// any ERC-20 named at deployment, and a real deployment names a real one.
contract TestToken is ERC20 {
    constructor() ERC20("veritrain test token", "VTT") {}

    /// @notice Mints `amount` tokens to `to`. Open to anyone: dev chain only.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
