/**
 * The storage record format the domain codecs share: {@link io.crmkit.core.codec.RecordWriter}
 * writes a compact, versioned binary record field by field (money and currencies included), {@link
 * io.crmkit.core.codec.RecordReader} reads it back and raises {@link
 * io.crmkit.core.codec.RecordFormatException} naming the record, the field and the byte offset for
 * damaged bytes, never a stored value. The customer, complaint-event and style-profile codecs are
 * built on it; hosts may build their own. The JSON form of the same records (for a {@code jsonb}
 * column) is written by {@link io.crmkit.core.codec.JsonObjectWriter} and read by {@link
 * io.crmkit.core.codec.JsonFields}, on the small RFC 8259 reader and writer {@link io.crmkit.core.codec.Json}.
 * {@link io.crmkit.core.codec.RecordCipher} seals a record with the host's key (AES-256-GCM, key id
 * in the record, rotation) for encryption at rest.
 *
 * <p>Not an IDIC stage: how what every stage records survives in the host's storage.
 */
package io.crmkit.core.codec;
