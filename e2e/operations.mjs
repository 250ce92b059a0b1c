// The client's operations, as in the contract, for the end-to-end scripts.
import { gql } from "@apollo/client";

export const TOKEN_FIELDS = gql`
  fragment TokenFields on AuthTokens {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
  }
`;

export const REQUEST_FIELDS = gql`
  fragment RequestFields on MentorshipRequest {
    id
    status
    message
    createdAt
    respondedAt
    mentor {
      id
      profile {
        displayName
      }
    }
    mentee {
      id
      profile {
        displayName
      }
    }
  }
`;

export const ERROR_FIELDS = gql`
  fragment ErrorFields on Error {
    message
    code
  }
`;

export const ON_REQUEST_UPDATED = gql`
  subscription OnMentorshipRequestUpdated {
    mentorshipRequestUpdated {
      ...RequestFields
    }
  }
  ${REQUEST_FIELDS}
`;

export const ME = gql`
  query Me {
    me {
      id
    }
  }
`;

export const SEND = gql`
  mutation SendMentorshipRequest($input: SendMentorshipRequestInput!) {
    sendMentorshipRequest(input: $input) {
      request {
        ...RequestFields
      }
      errors {
        ...ErrorFields
      }
    }
  }
  ${REQUEST_FIELDS}
  ${ERROR_FIELDS}
`;

export const ACCEPT = gql`
  mutation AcceptMentorshipRequest($input: AcceptMentorshipRequestInput!) {
    acceptMentorshipRequest(input: $input) {
      request {
        ...RequestFields
      }
      errors {
        ...ErrorFields
      }
    }
  }
  ${REQUEST_FIELDS}
  ${ERROR_FIELDS}
`;

export const WITHDRAW = gql`
  mutation WithdrawMentorshipRequest($input: WithdrawMentorshipRequestInput!) {
    withdrawMentorshipRequest(input: $input) {
      request {
        ...RequestFields
      }
      errors {
        ...ErrorFields
      }
    }
  }
  ${REQUEST_FIELDS}
  ${ERROR_FIELDS}
`;

export const SIGN_IN = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      tokens {
        ...TokenFields
      }
      errors {
        ...ErrorFields
      }
    }
  }
  ${TOKEN_FIELDS}
  ${ERROR_FIELDS}
`;

export const REFRESH_TOKENS = gql`
  mutation RefreshTokens($input: RefreshTokensInput!) {
    refreshTokens(input: $input) {
      tokens {
        ...TokenFields
      }
      errors {
        ...ErrorFields
      }
    }
  }
  ${TOKEN_FIELDS}
  ${ERROR_FIELDS}
`;
