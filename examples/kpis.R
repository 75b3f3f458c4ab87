#!/usr/bin/env Rscript
# Fetch KPIs from Promise in R: page through /api/v1/kpis as CSV by following the Link headers, read each page with
# base R's read.csv, print a small table and write every row to a file. Small numbers arrive already suppressed ("c").
#
#   Rscript examples/kpis.R --indicator CL_EET_1921 --indicator LEAVE_ADOPT --out kpis.csv
#   Rscript examples/kpis.R --device --area E08000030 --out walsall.csv    # sign in as yourself (device grant)
#
# The token: PROMISE_TOKEN when it is set (an access token got elsewhere, for runs with nobody at the terminal);
# with --device, your own sign-in in a browser (the realm's public client promise-cli, as device_sign_in.py);
# otherwise a partner system's, by the client-credentials grant. Settings come from the environment:
# PROMISE_API_URL, PROMISE_KEYCLOAK_URL, PROMISE_CLIENT_ID, PROMISE_CLIENT_SECRET (the demo realm's partner-walsall
# client and its demo secret by default). Needs the R packages curl and jsonlite (Debian: r-cran-curl,
# r-cran-jsonlite).

suppressPackageStartupMessages({
  library(curl)
  library(jsonlite)
})

setting <- function(name, otherwise) {
  value <- Sys.getenv(name)
  if (nzchar(value)) value else otherwise
}

arguments <- function(given = commandArgs(trailingOnly = TRUE)) {
  args <- list(indicator = character(), area = character(), from = NULL, to = NULL, page_size = 100,
               out = "kpis.csv", show = 10, device = FALSE)
  i <- 1
  while (i <= length(given)) {
    name <- given[i]
    if (name == "--device") {
      args$device <- TRUE
      i <- i + 1
      next
    }
    if (i == length(given)) stop("no value after ", name, call. = FALSE)
    value <- given[i + 1]
    switch(name,
           "--indicator" = args$indicator <- c(args$indicator, value),
           "--area" = args$area <- c(args$area, value),
           "--from" = args$from <- value,
           "--to" = args$to <- value,
           "--page-size" = args$page_size <- as.integer(value),
           "--out" = args$out <- value,
           "--show" = args$show <- as.integer(value),
           stop("unknown option ", name, call. = FALSE))
    i <- i + 2
  }
  args
}

# A form POSTed to Keycloak, URL-encoded as OAuth wants it: the JSON answer and the status (the device flow answers
# 400 while it waits).
post_form <- function(url, fields) {
  handle <- new_handle()
  handle_setheaders(handle, "Content-Type" = "application/x-www-form-urlencoded")
  handle_setopt(handle, copypostfields = paste0(names(fields), "=", curl_escape(unlist(fields)), collapse = "&"))
  answer <- curl_fetch_memory(url, handle = handle)
  list(status = answer$status_code, body = fromJSON(rawToChar(answer$content)))
}

# Why Keycloak said no, in its words.
refusal <- function(body) {
  if (!is.null(body$error_description)) body$error_description else paste(body$error, collapse = " ")
}

client_credentials <- function(keycloak) {
  answer <- post_form(paste0(keycloak, "/realms/promise/protocol/openid-connect/token"),
                      list(grant_type = "client_credentials",
                           client_id = setting("PROMISE_CLIENT_ID", "partner-walsall"),
                           client_secret = setting("PROMISE_CLIENT_SECRET", "partner-walsall-demo-secret")))
  if (answer$status != 200) stop("Keycloak refused the client: ", refusal(answer$body), call. = FALSE)
  answer$body$access_token
}

# The OAuth 2.0 device authorization grant (RFC 8628): open the address printed, sign in as on the website and
# confirm the code; no password passes through the script.
device_sign_in <- function(keycloak) {
  endpoint <- paste0(keycloak, "/realms/promise/protocol/openid-connect")
  device <- post_form(paste0(endpoint, "/auth/device"), list(client_id = "promise-cli", scope = "openid"))
  if (device$status != 200) stop("Keycloak refused the device sign-in: ", refusal(device$body), call. = FALSE)
  device <- device$body
  message("To sign in, open ", device$verification_uri_complete)
  message("(or ", device$verification_uri, " and enter the code ", device$user_code, ")")
  interval <- if (is.null(device$interval)) 5 else device$interval
  deadline <- Sys.time() + device$expires_in
  while (Sys.time() < deadline) {
    Sys.sleep(interval)
    answer <- post_form(paste0(endpoint, "/token"),
                        list(grant_type = "urn:ietf:params:oauth:grant-type:device_code",
                             client_id = "promise-cli", device_code = device$device_code))
    if (answer$status == 200) {
      message("Signed in.")
      return(answer$body$access_token)
    }
    error <- answer$body$error
    if (identical(error, "slow_down")) {
      interval <- interval + 5
    } else if (!identical(error, "authorization_pending")) {
      stop("The sign-in did not complete: ", refusal(answer$body), call. = FALSE)
    }
  }
  stop("The sign-in code ran out before anybody used it: run the script again", call. = FALSE)
}

access_token <- function(args, keycloak) {
  token <- Sys.getenv("PROMISE_TOKEN")
  if (nzchar(token)) return(token)
  if (args$device) device_sign_in(keycloak) else client_credentials(keycloak)
}

# The rel="next" target of an RFC 8288 Link header, or NULL.
next_link <- function(headers) {
  links <- headers[grepl("^link:", headers, ignore.case = TRUE)]
  found <- regmatches(links, regexpr('<[^>]*>\\s*;\\s*rel="next"', links))
  if (length(found) == 0) NULL else sub("^<([^>]*)>.*$", "\\1", found[1])
}

# One page as a data frame of text: every cell as the API wrote it ("54", "c", empty), nothing converted.
read_page <- function(text) {
  read.csv(text = text, colClasses = "character", na.strings = character(), check.names = FALSE,
           encoding = "UTF-8")
}

fetch_pages <- function(args, api, token) {
  # paste0 of an empty vector is one bare "name=", which the API refuses: only the filters given.
  query <- c(paste0("pageSize=", args$page_size),
             if (length(args$indicator) > 0) paste0("indicator=", curl_escape(args$indicator)),
             if (length(args$area) > 0) paste0("area=", curl_escape(args$area)))
  if (!is.null(args$from)) query <- c(query, paste0("from=", curl_escape(args$from)))
  if (!is.null(args$to)) query <- c(query, paste0("to=", curl_escape(args$to)))
  url <- paste0(api, "/api/v1/kpis?", paste(query, collapse = "&"))
  pages <- list()
  while (!is.null(url)) {
    handle <- new_handle()
    handle_setheaders(handle, Authorization = paste("Bearer", token), Accept = "text/csv")
    answer <- curl_fetch_memory(url, handle = handle)
    headers <- parse_headers(answer$headers)
    if (answer$status_code == 429) {
      wait <- sub("^[^:]*:\\s*", "", headers[grepl("^retry-after:", headers, ignore.case = TRUE)])
      Sys.sleep(if (length(wait) == 1) as.numeric(wait) else 1)
      next
    }
    text <- rawToChar(answer$content)
    Encoding(text) <- "UTF-8"
    if (answer$status_code != 200) stop("GET ", url, ": HTTP ", answer$status_code, ": ", text, call. = FALSE)
    pages[[length(pages) + 1]] <- read_page(text)
    url <- next_link(headers)
    if (!is.null(url) && startsWith(url, "/")) url <- paste0(api, url)
  }
  pages
}

# CSV as the API writes it (and Python's csv module): a cell quoted only when it holds a comma, a quote or a line
# break, lines ending CRLF; so the file is byte for byte what the other examples write.
write_csv <- function(rows, path) {
  cell <- function(text) {
    special <- grepl('[",\r\n]', text)
    text[special] <- paste0('"', gsub('"', '""', text[special], fixed = TRUE), '"')
    text
  }
  lines <- c(paste(cell(names(rows)), collapse = ","),
             if (nrow(rows) > 0) do.call(paste, c(lapply(rows, cell), sep = ",")))
  out <- file(path, open = "wb")
  on.exit(close(out))
  writeBin(charToRaw(enc2utf8(paste0(lines, "\r\n", collapse = ""))), out)
}

main <- function() {
  args <- arguments()
  api <- setting("PROMISE_API_URL", "http://localhost:8080")
  keycloak <- setting("PROMISE_KEYCLOAK_URL", "http://localhost:8180")
  pages <- fetch_pages(args, api, access_token(args, keycloak))
  rows <- do.call(rbind, pages)
  write_csv(rows, args$out)
  shown <- head(rows[, c("indicator", "la_name", "period", "value", "target", "rag")], args$show)
  print(shown, row.names = FALSE)
  cat(sprintf("%d rows in %d %s (%d withheld as c) written to %s\n", nrow(rows), length(pages),
              if (length(pages) == 1) "page" else "pages", sum(rows$value == "c"), args$out))
}

main()
