// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IJudge, ElementClaim} from "../src/IJudge.sol";

/// @title MockJudge: a Judge whose verdict the test chooses (never deploy it for real)
/// @notice The witness is `abi.encode(uint8 verdict, bytes32 claimHash)`: verdict 1 says the
/// solver is right, 2 that it is wrong, anything else reverts (a malformed witness). If
/// `claimHash` is not zero, the claim the dispute contract passes must hash to it
/// (`keccak256(abi.encode(claim))`; for a segment check `keccak256(abi.encode(claim, segment,
/// start))`), so a test also checks which element (and segment) the game asks about.
contract MockJudge is IJudge {
    error Malformed();
    error UnexpectedClaim(bytes32 got);

    function checkElement(ElementClaim calldata c, bytes calldata witness) external pure returns (bool solverRight) {
        (uint8 verdict, bytes32 claimHash) = _decode(witness);
        if (claimHash != bytes32(0)) {
            bytes32 got = keccak256(abi.encode(c));
            if (got != claimHash) revert UnexpectedClaim(got);
        }
        return _verdict(verdict);
    }

    function checkPartial(ElementClaim calldata c, uint256 segment, uint32 start, bytes calldata witness)
        external
        pure
        returns (bool solverRight)
    {
        (uint8 verdict, bytes32 claimHash) = _decode(witness);
        if (claimHash != bytes32(0)) {
            bytes32 got = keccak256(abi.encode(c, segment, start));
            if (got != claimHash) revert UnexpectedClaim(got);
        }
        return _verdict(verdict);
    }

    function _decode(bytes calldata witness) private pure returns (uint8 verdict, bytes32 claimHash) {
        if (witness.length != 64) revert Malformed();
        (verdict, claimHash) = abi.decode(witness, (uint8, bytes32));
    }

    function _verdict(uint8 verdict) private pure returns (bool) {
        if (verdict == 1) return true;
        if (verdict == 2) return false;
        revert Malformed();
    }
}
