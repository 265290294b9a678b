package io.crmkit.scoring.transactions;

/** A strict reader met a bad row. Names the source, the line, the column and the reason. */
public final class TransactionFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final int column;
  private final String reason;

  public TransactionFormatException(String source, long line, int column, String reason) {
    super(source + ", line " + line + (column > 0 ? ", column " + column : "") + ": " + reason);
    this.source = source;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public String source() {
    return source;
  }

  public long line() {
    return line;
  }

  /** 1-based, or 0 for the row as a whole. */
  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }
}
