# Deliberately unsafe storage for model artifacts, for the container gate (trivy config):
# a public-read bucket with no encryption, no versioning and no public access block. Do not copy.
resource "aws_s3_bucket" "models" {
  bucket = "demo-model-artifacts"
}

resource "aws_s3_bucket_acl" "models" {
  bucket = aws_s3_bucket.models.id
  acl    = "public-read"
}
