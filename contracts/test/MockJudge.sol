// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IJudge, ElementClaim} from "../src/IJudge.sol";

/// @title MockJudge: a Judge whose verdict the test chooses (never deploy it for real)
/// @notice The witness is `abi.encode(uint8 verdict, bytes32 claimHash)`: verdict 1 says the
/// solver is right, 2 that it is wrong, anything else reverts (a malformed witness). If
/// `claimHash` is not zero, the claim the dispute contract passes must hash to it
/// (`keccak256(abi.encode(claim))`), so a test also checks which element the game asks about.
contract MockJudge is IJudge {
    error Malformed();
    error UnexpectedClaim(bytes32 got);

    function checkElement(ElementClaim calldata c, bytes calldata witness) external pure returns (bool solverRight) {
        if (witness.length != 64) revert Malformed();
        (uint8 verdict, bytes32 claimHash) = abi.decode(witness, (uint8, bytes32));
        if (claimHash != bytes32(0)) {
            bytes32 got = keccak256(abi.encode(c));
            if (got != claimHash) revert UnexpectedClaim(got);
        }
        if (verdict == 1) return true;
        if (verdict == 2) return false;
        revert Malformed();
    }
}
