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
    __typename
    message
    code
  }
`;

export const MENTOR_CARD = gql`
  fragment MentorCard on User {
    id
    role
    profile {
      displayName
      bio
      skills
      timeZone
    }
    rating {
      average
      count
    }
  }
`;

export const PAGE_INFO_FIELDS = gql`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`;

export const SIGN_UP = gql`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        email
        role
        isActive
        createdAt
        profile {
          displayName
        }
      }
      tokens {
        ...TokenFields
      }
      errors {
        ...ErrorFields
        ... on InvalidInputError {
          field
        }
      }
    }
  }
  ${TOKEN_FIELDS}
  ${ERROR_FIELDS}
`;

export const MENTORS = gql`
  query Mentors($first: Int, $after: String, $where: MentorFilterInput, $order: MentorOrder) {
    mentors(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MentorCard
        }
      }
    }
  }
  ${PAGE_INFO_FIELDS}
  ${MENTOR_CARD}
`;

export const USER_PROFILE = gql`
  query UserProfile($id: ID!) {
    user(id: $id) {
      id
      role
      profile {
        displayName
        bio
        skills
        goals
        timeZone
        updatedAt
      }
      email
    }
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
