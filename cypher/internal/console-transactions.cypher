// The transactions still open in the database for one console run, found by the metadata the console
// gave them ($run), so that a run the API gave up on can be terminated and waited for.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.govgraphConsoleRun = $run
RETURN transactionId
