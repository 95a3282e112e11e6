/** The collapsed note beside a file control that holds the technical detail (formats, encodings, sizes in MB). */
export const FORMAT_DETAILS_LABEL = '文件格式说明';
