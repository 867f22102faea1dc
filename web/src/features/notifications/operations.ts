/** The inbox: the bell's count, the list, read marks, preferences, and new items live. */
import { graphql } from '../../gql';

export const InboxQuery = graphql(`
  query Inbox {
    unreadNotificationCount
    notifications(first: 30) {
      id
      kind
      link
      params
      occurredAt
      read
      emailStatus
    }
  }
`);

export const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      link
      params
      occurredAt
      read
      emailStatus
    }
  }
`);

export const MarkRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const PreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      channel
      enabled
    }
  }
`);

export const SetPreferences = graphql(`
  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(preferences: $preferences) {
      kind
      channel
      enabled
    }
  }
`);
