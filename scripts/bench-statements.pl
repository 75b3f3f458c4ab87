#!/usr/bin/env perl
# Reads a stretch of PostgreSQL's log written with log_statement = 'all' while the API answered one request, and
# writes the reads that request made as a pgbench script: each statement with the values it was bound to written in
# its place, so that pgbench asks PostgreSQL exactly what the API asked (`make bench`'s ceilings, decision 50).
# Only reads are kept: the rate limiter's bucket (a lock and a write) and the connection pool's checks are the
# API's own bookkeeping, not the work the request asked of the database.
use strict;
use warnings;

my @statements;
my $entry;    # [kind, text] of the log entry being read (continuation lines start with a tab)

sub finish {
    return unless $entry;
    my ($kind, $text) = @$entry;
    if ($kind eq 'LOG' && $text =~ /^(?:execute [^:]*|statement): (.*)$/s) {
        push @statements, { sql => $1, parameters => {} };
    } elsif ($kind eq 'DETAIL' && @statements && $text =~ /^parameters: (.*)$/s) {
        my $list = $1;
        while ($list =~ /\$(\d+) = (NULL|'(?:[^']|'')*')/g) {
            $statements[-1]{parameters}{$1} = $2;
        }
    }
    undef $entry;
}

while (my $line = <STDIN>) {
    chomp $line;
    if ($line =~ /^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] (\w+):  (.*)$/) {
        finish();
        $entry = [$1, $2];
    } elsif ($entry && $line =~ /^\t(.*)$/) {
        $entry->[1] .= "\n$1";
    }
}
finish();

for my $statement (@statements) {
    my $sql = $statement->{sql};
    next unless $sql =~ /^\s*select\b/i;
    next if $sql =~ /rate_limit_bucket|pg_advisory/i || $sql =~ /^\s*select 1\s*$/i;
    my $parameters = $statement->{parameters};
    $sql =~ s/\$(\d+)\b/exists $parameters->{$1} ? $parameters->{$1} : die "no value for \$$1 in: $sql\n"/ge;
    $sql =~ s/\s+$//;
    print "$sql;\n";
}
