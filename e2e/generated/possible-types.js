
      export default {
  "possibleTypes": {
    "AcceptMentorshipRequestError": [
      "NotRequestMentorError",
      "RequestNotFoundError",
      "RequestNotPendingError"
    ],
    "BookSessionError": [
      "InvalidInputError",
      "MentorNotFoundError",
      "NoActiveMentorshipError",
      "OutsideAvailabilityError",
      "SessionConflictError",
      "SlotTakenError",
      "StartNotOnGridError",
      "TooSoonError"
    ],
    "CancelSessionError": [
      "InvalidInputError",
      "SessionAlreadyCancelledError",
      "SessionAlreadyStartedError",
      "SessionNotFoundError"
    ],
    "ChangeUserRoleError": [
      "LastActiveAdminError",
      "RoleUnchangedError",
      "UserNotFoundError"
    ],
    "DeactivateUserError": [
      "InvalidInputError",
      "LastActiveAdminError",
      "UserAlreadyDeactivatedError",
      "UserNotFoundError"
    ],
    "DeclineMentorshipRequestError": [
      "InvalidInputError",
      "NotRequestMentorError",
      "RequestNotFoundError",
      "RequestNotPendingError"
    ],
    "EndMentorshipError": [
      "MentorshipEndedError",
      "MentorshipNotFoundError"
    ],
    "Error": [
      "AccountDeactivatedError",
      "BlockEndNotAfterStartError",
      "BlockOffGridError",
      "DuplicateRequestError",
      "EmailTakenError",
      "FeedbackAlreadyGivenError",
      "InvalidCredentialsError",
      "InvalidInputError",
      "InvalidRefreshTokenError",
      "LastActiveAdminError",
      "MentorNotFoundError",
      "MentorshipEndedError",
      "MentorshipNotFoundError",
      "NoActiveMentorshipError",
      "NotAMenteeError",
      "NotAMentorError",
      "NotRequestMentorError",
      "NotRequestSenderError",
      "OutsideAvailabilityError",
      "OverlappingBlocksError",
      "PendingRequestLimitError",
      "RequestNotFoundError",
      "RequestNotPendingError",
      "RoleUnchangedError",
      "SelfRequestError",
      "SessionAlreadyCancelledError",
      "SessionAlreadyStartedError",
      "SessionConflictError",
      "SessionNotCompletedError",
      "SessionNotFoundError",
      "SlotTakenError",
      "StartNotOnGridError",
      "TooManySignInAttemptsError",
      "TooSoonError",
      "UnknownTimeZoneError",
      "UserAlreadyActiveError",
      "UserAlreadyDeactivatedError",
      "UserNotFoundError"
    ],
    "ReactivateUserError": [
      "UserAlreadyActiveError",
      "UserNotFoundError"
    ],
    "RefreshTokensError": [
      "AccountDeactivatedError",
      "InvalidRefreshTokenError"
    ],
    "SendMentorshipRequestError": [
      "DuplicateRequestError",
      "InvalidInputError",
      "MentorNotFoundError",
      "NotAMenteeError",
      "PendingRequestLimitError",
      "SelfRequestError"
    ],
    "SetWeeklyAvailabilityError": [
      "BlockEndNotAfterStartError",
      "BlockOffGridError",
      "InvalidInputError",
      "NotAMentorError",
      "OverlappingBlocksError",
      "UnknownTimeZoneError"
    ],
    "SignInError": [
      "AccountDeactivatedError",
      "InvalidCredentialsError",
      "InvalidInputError",
      "TooManySignInAttemptsError"
    ],
    "SignOutError": [
      "InvalidInputError",
      "InvalidRefreshTokenError"
    ],
    "SignUpError": [
      "EmailTakenError",
      "InvalidInputError"
    ],
    "SubmitFeedbackError": [
      "FeedbackAlreadyGivenError",
      "InvalidInputError",
      "SessionNotCompletedError",
      "SessionNotFoundError"
    ],
    "UpdateProfileError": [
      "InvalidInputError"
    ],
    "WithdrawMentorshipRequestError": [
      "NotRequestSenderError",
      "RequestNotFoundError",
      "RequestNotPendingError"
    ]
  }
}
    