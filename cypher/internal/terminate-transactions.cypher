// Terminates the given transactions ($ids, from console-transactions.cypher).
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message
