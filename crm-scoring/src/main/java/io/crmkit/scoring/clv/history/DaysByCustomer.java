package io.crmkit.scoring.clv.history;

import io.crmkit.scoring.transactions.TransactionLog;
import java.util.Arrays;

/**
 * Every customer's purchase days, grouped by customer and sorted (a counting sort over the log's
 * rows, then a small sort per customer): the input from which repeat purchases are counted, a day
 * with several purchases counting once. Two int arrays the size of the log; nothing per customer.
 */
final class DaysByCustomer {
  /** Customer {@code c}'s days lie in {@code days[start[c]] .. days[start[c + 1] - 1]}, ascending. */
  final int[] start;
  final int[] days;

  private DaysByCustomer(int[] start, int[] days) {
    this.start = start;
    this.days = days;
  }

  static DaysByCustomer of(TransactionLog log) {
    int n = log.customers();
    int rows = log.size();
    int[] start = new int[n + 1];
    for (int row = 0; row < rows; row++) {
      start[log.customerAt(row) + 1]++;
    }
    for (int c = 0; c < n; c++) {
      start[c + 1] += start[c];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] days = new int[rows];
    for (int row = 0; row < rows; row++) {
      days[fill[log.customerAt(row)]++] = log.dayAt(row);
    }
    for (int c = 0; c < n; c++) {
      sort(days, start[c], start[c + 1]);
    }
    return new DaysByCustomer(start, days);
  }

  /** Sorts {@code a[from..to)}: insertion sort for the short runs most customers have. */
  private static void sort(int[] a, int from, int to) {
    int length = to - from;
    if (length < 2) {
      return;
    }
    if (length > 24) {
      Arrays.sort(a, from, to);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      int v = a[i];
      int j = i - 1;
      while (j >= from && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }
}
